using Naringslivsplattform.BuildingBlocks.Reference;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.BuildingBlocks.Texts;
using Naringslivsplattform.BuildingBlocks.Time;

namespace Naringslivsplattform.Companies.Coverage;

/// <param name="Year">As written in the query string; the current year when null.</param>
/// <param name="Page">The page of the lists of companies not visited, from 1.</param>
internal sealed record GetVisitCoverage(string? Year, int Page = 1, int PageSize = VisitCoverage.DefaultPageSize) : IQuery<Outcome<VisitCoverageReport>>;

/// <summary>The register's fields coverage needs and the year's completed visits (<see cref="CoverageReads"/>), a page of each list.</summary>
internal sealed class GetVisitCoverageHandler(IQuerySession session, TimeProvider time) : IQueryHandler<GetVisitCoverage, Outcome<VisitCoverageReport>>
{
    public async ValueTask<Outcome<VisitCoverageReport>> Handle(GetVisitCoverage query, CancellationToken cancellationToken)
    {
        var today = SwedishTime.Today(time);
        var year = VisitCoverage.ReadYear(query.Year, today);
        if (year.Error is { } invalid)
        {
            return invalid;
        }

        if (query.Page < 1 || query.PageSize is < 1 or > VisitCoverage.MaxPageSize)
        {
            return new DomainError("coverage.paging-invalid", SwedishFormat.Format(CompaniesTexts.CoveragePagingInvalid, VisitCoverage.MaxPageSize));
        }

        return VisitCoverage.Calculate(
            await CoverageReads.CompaniesAsync(session, cancellationToken),
            await CoverageReads.CompletedVisitsAsync(session, year.Value, year.Value, cancellationToken),
            Localities.Of(session.TenantId),
            year.Value,
            today,
            new CoveragePage(query.Page, query.PageSize));
    }
}

internal static class GetVisitCoverageEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/coverage", async Task<Results<Ok<VisitCoverageReport>, ProblemHttpResult>> (
                string? year, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
            {
                var outcome = await mediator.Send(new GetVisitCoverage(year, page ?? 1, pageSize ?? VisitCoverage.DefaultPageSize), ct);
                return outcome.Value is { } report ? TypedResults.Ok(report) : outcome.Error!.ToProblem();
            })
            .WithTags("Företagsbesök")
            .RequireAuthorization(PlatformPolicies.Read)
            .WithName("GetVisitCoverage")
            .WithSummary("Besökstäckning för ett år")
            .WithDescription("Genomförda företagsbesök under året (year, standard innevarande år) per SNI-avdelning A–U (företag, besökta företag, besök; avdelningar med företag men utan besök), per ort och område (centralorten, fjälldalarna, landsbygden), per roll (minst en tjänsteperson, minst en politiker, båda) samt företag som aldrig besökts och företag som inte besökts de senaste tolv månaderna, med senaste besöksdag: en sida av varje lista (page från 1, pageSize 1–500, standard 50) och hur många de är sammanlagt (neverVisitedTotal, notVisitedIn12MonthsTotal). Ett företag med koder i flera avdelningar räknas i varje.");
}
