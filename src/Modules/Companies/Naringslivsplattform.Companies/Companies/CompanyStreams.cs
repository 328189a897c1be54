using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.Companies.Companies;

/// <summary>What every slice of a company's stream shares: how a change to it is refused, and what keyed registrations of it are derived from.</summary>
internal static class CompanyStreams
{
    public static readonly StreamErrors Errors =
        StreamErrors.For("company", CompaniesTexts.CompanyNotFound, CompaniesTexts.CompanyVersionStale, CompaniesTexts.CompanyVersionRequired);

    /// <summary>The kind of stream in keyed company ids (ADR 0007); never change it, or retries stop finding their company.</summary>
    public static readonly Guid Kind = new("5d0c7a4e-2f61-4b8e-9a3c-c0a1e5f2d462");
}
