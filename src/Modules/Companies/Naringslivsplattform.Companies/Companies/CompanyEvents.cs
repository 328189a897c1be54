using Naringslivsplattform.Companies.Reference;

namespace Naringslivsplattform.Companies.Companies;

internal sealed record CompanyRegistered(
    Guid CompanyId, OrganisationNumber OrganisationNumber, string Name, IReadOnlyList<SniCode> SniCodes, string Locality, SizeClass SizeClass);

/// <summary>Everything but the organisation number, which identifies the company and never changes.</summary>
internal sealed record CompanyDetailsChanged(Guid CompanyId, string Name, IReadOnlyList<SniCode> SniCodes, string Locality, SizeClass SizeClass);

internal sealed record ContactPersonAdded(Guid CompanyId, ContactPerson Contact);

internal sealed record ContactPersonChanged(Guid CompanyId, ContactPerson Contact);

internal sealed record ContactPersonRemoved(Guid CompanyId, Guid ContactId);

internal static class CompanyEventTypes
{
    public static readonly Type[] All =
        [typeof(CompanyRegistered), typeof(CompanyDetailsChanged), typeof(ContactPersonAdded), typeof(ContactPersonChanged), typeof(ContactPersonRemoved)];
}
