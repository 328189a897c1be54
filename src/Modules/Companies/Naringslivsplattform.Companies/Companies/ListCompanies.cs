using Ardalis.Specification;
using Naringslivsplattform.BuildingBlocks.Specifications;
using Naringslivsplattform.BuildingBlocks.Texts;

namespace Naringslivsplattform.Companies.Companies;

/// <param name="Search">Part of the name or the organisation number, in any case.</param>
/// <param name="Section">An SNI 2007 section letter, A–U.</param>
/// <param name="SizeClass">A size class label (0, 1-4, …, 250+); one that is none matches no company.</param>
internal sealed record CompanyFilter(string? Search, string? Section, string? Locality, string? SizeClass = null)
{
    public bool HasUnknownSizeClass => !string.IsNullOrWhiteSpace(SizeClass) && SizeClasses.Parse(SizeClass) is null;
}

internal sealed record CompanySummary(Guid Id, string OrganisationNumber, string Name, IReadOnlyList<string> Sections, string Locality, string SizeClass);

internal sealed record CompanyList(IReadOnlyList<CompanySummary> Items, int Total, int Page, int PageSize);

/// <summary>Companies matching a filter, by name; paged when a page is given.</summary>
internal sealed class CompaniesMatching : Specification<Company>
{
    public CompaniesMatching(CompanyFilter filter, int? page = null, int pageSize = ListCompanies.MaxPageSize)
    {
        if (filter.Search?.Trim() is { Length: > 0 } search)
        {
            Query.Where(c => c.Name.Contains(search, StringComparison.OrdinalIgnoreCase) || c.OrganisationNumber.Value.Contains(search));
        }

        if (filter.Section?.Trim().ToUpperInvariant() is { Length: > 0 } section)
        {
            Query.Where(c => c.SniCodes.Any(s => s.Section == section));
        }

        if (filter.Locality?.Trim() is { Length: > 0 } locality)
        {
            Query.Where(c => c.Locality == locality);
        }

        if (!string.IsNullOrWhiteSpace(filter.SizeClass))
        {
            var size = SizeClasses.Parse(filter.SizeClass);
            Query.Where(c => c.SizeClass == size);
        }

        Query.OrderBy(c => c.Name).ThenBy(c => c.Id);
        if (page is { } number)
        {
            Query.Skip((number - 1) * pageSize).Take(pageSize);
        }
    }
}

internal sealed record ListCompanies(CompanyFilter Filter, int Page, int PageSize) : IQuery<Outcome<CompanyList>>
{
    public const int MaxPageSize = 100;
}

internal sealed class ListCompaniesHandler(IQuerySession session) : IQueryHandler<ListCompanies, Outcome<CompanyList>>
{
    public async ValueTask<Outcome<CompanyList>> Handle(ListCompanies query, CancellationToken cancellationToken)
    {
        if (query.Page < 1 || query.PageSize is < 1 or > ListCompanies.MaxPageSize)
        {
            return new DomainError("company.paging-invalid", SwedishFormat.Format(CompaniesTexts.CompanyPagingInvalid, ListCompanies.MaxPageSize));
        }

        if (query.Filter.HasUnknownSizeClass)
        {
            return new DomainError("company.size-class-invalid", CompaniesTexts.CompanySizeClassInvalid);
        }

        var spec = new CompaniesMatching(query.Filter, query.Page, query.PageSize);
        var total = await session.Query<Company>().WithSpecification(spec, criteriaOnly: true).CountAsync(cancellationToken);
        var companies = await session.Query<Company>().WithSpecification(spec).ToListAsync(cancellationToken);
        return new CompanyList([.. companies.Select(Summary)], total, query.Page, query.PageSize);
    }

    public static CompanySummary Summary(Company c) =>
        new(c.Id, c.OrganisationNumber.Value, c.Name, [.. c.SniCodes.Select(s => s.Section).Distinct().Order(StringComparer.Ordinal)], c.Locality, SizeClasses.Label(c.SizeClass));
}

internal static class ListCompaniesEndpoint
{
    public static void Map(IEndpointRouteBuilder companies) =>
        companies.MapGet("/", async Task<Results<Ok<CompanyList>, ProblemHttpResult>> (
                string? search, string? section, string? locality, string? sizeClass, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
            {
                var outcome = await mediator.Send(new ListCompanies(new CompanyFilter(search, section, locality, sizeClass), page ?? 1, pageSize ?? 25), ct);
                return outcome.Value is { } list ? TypedResults.Ok(list) : outcome.Error!.ToProblem();
            })
            .WithName("ListCompanies")
            .WithSummary("Företagsregistret")
            .WithDescription("Företagen sorterade efter namn, sida för sida (page från 1, pageSize 1–100, standard 25). Filter: search (del av namn eller organisationsnummer), section (SNI-avdelning A–U), locality (ort) och sizeClass (storleksklass: 0, 1-4, 5-9, 10-19, 20-49, 50-249, 250+).");
}
