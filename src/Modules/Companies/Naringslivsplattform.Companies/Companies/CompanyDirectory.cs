using Naringslivsplattform.BuildingBlocks.Specifications;
using Naringslivsplattform.Companies.Contracts;

namespace Naringslivsplattform.Companies.Companies;

/// <summary>The register as other modules see it (Companies.Contracts), read from the company snapshots.</summary>
internal sealed class CompanyDirectory(IQuerySession session) : ICompanyDirectory
{
    public async Task<IReadOnlyList<CompanyReference>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var companies = await session.LoadManyAsync<Company>(cancellationToken, ids.Distinct());
        return [.. companies.Select(ToReference)];
    }

    public async Task<IReadOnlyList<CompanyReference>> SearchAsync(string text, int limit, CancellationToken cancellationToken)
    {
        var spec = new CompaniesMatching(new CompanyFilter(text, null, null), page: 1, pageSize: Math.Clamp(limit, 1, ListCompanies.MaxPageSize));
        var companies = await session.Query<Company>().WithSpecification(spec).ToListAsync(cancellationToken);
        return [.. companies.Select(ToReference)];
    }

    private static CompanyReference ToReference(Company company) =>
        new(company.Id, company.Name, company.OrganisationNumber.Value, company.Locality);
}
