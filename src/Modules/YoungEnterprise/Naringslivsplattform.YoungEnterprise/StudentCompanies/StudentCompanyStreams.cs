namespace Naringslivsplattform.YoungEnterprise.StudentCompanies;

/// <summary>What every slice of a UF company's stream shares: how a change to it is refused, and what keyed creates of it are derived from.</summary>
internal static class StudentCompanyStreams
{
    public static readonly StreamErrors Errors = StreamErrors.For(
        "student-company", YoungEnterpriseTexts.StudentCompanyNotFound, YoungEnterpriseTexts.StudentCompanyVersionStale, YoungEnterpriseTexts.StudentCompanyVersionRequired);

    /// <summary>The kind of stream in keyed UF company ids (ADR 0007); never change it, or retries stop finding their UF company.</summary>
    public static readonly Guid Kind = new("3c1d7e2a-9b4f-4a61-8e25-0d7f6b2c2462");
}
