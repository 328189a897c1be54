using Naringslivsplattform.BuildingBlocks.Writing;
using Naringslivsplattform.Companies.Reference;

namespace Naringslivsplattform.Companies.Companies;

/// <param name="IsPersonalIdentityNumber">The organisation number is a sole trader's personnummer: personal data.</param>
/// <param name="IsErased">The personnummer was erased on request and is shown as XXXXXX-XXXX.</param>
/// <param name="FormerContactIds">Contacts removed earlier whose data can still be erased.</param>
/// <param name="SizeClass">A label: 0, 1-4, 5-9, 10-19, 20-49, 50-249 or 250+ employees.</param>
internal sealed record CompanyResponse(
    Guid Id,
    string OrganisationNumber,
    bool IsPersonalIdentityNumber,
    bool IsErased,
    string Name,
    IReadOnlyList<SniCode> SniCodes,
    string Locality,
    string SizeClass,
    IReadOnlyList<ContactPerson> Contacts,
    IReadOnlyList<Guid> FormerContactIds,
    long Version) : IVersionedResponse
{
    public static CompanyResponse Of(Versioned<Company> company) => Of(company.Value, company.Version);

    public static CompanyResponse Of(Company company, long version) =>
        new(company.Id, company.OrganisationNumber.Value, company.OrganisationNumber.IsPersonalIdentityNumber, company.OrganisationNumber.IsErased,
            company.Name, company.SniCodes, company.Locality, SizeClasses.Label(company.SizeClass), company.Contacts, company.FormerContactIds, version);
}
