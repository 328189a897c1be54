using Naringslivsplattform.BuildingBlocks.Reference;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.Companies.Companies;
using Naringslivsplattform.Companies.Visits;

namespace Naringslivsplattform.Companies.Coverage;

/// <param name="Year">As written in the query string; the current year when null.</param>
internal sealed record GetVisitCoverage(string? Year) : IQuery<Outcome<VisitCoverageReport>>;

/// <summary>
/// Two queries for the whole register, each selecting only the fields coverage needs (no contacts, no answers,
/// no notes), so a register of thousands of companies is two round trips, not one per company.
/// </summary>
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

        var companies = await session.Query<Company>()
            .Select(c => new { c.Id, c.Name, c.Locality, c.SniCodes })
            .ToListAsync(cancellationToken);
        var visits = await session.Query<CompanyVisit>()
            .Where(v => v.Status == VisitStatus.Completed)
            .Select(v => new { v.CompanyId, v.Locality, v.Status, v.Date, v.Visitors })
            .ToListAsync(cancellationToken);
        return VisitCoverage.Calculate(
            [.. companies.Select(c => new CoverageCompany(c.Id, c.Name, c.Locality, [.. c.SniCodes.Select(s => s.Section).Distinct()]))],
            [.. visits.Select(v => new CoverageVisit(v.CompanyId, v.Locality, v.Status, v.Date, [.. v.Visitors.Select(visitor => visitor.Role).Distinct()]))],
            Localities.Of(session.TenantId),
            year.Value,
            today);
    }
}

internal static class GetVisitCoverageEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/coverage", async Task<Results<Ok<VisitCoverageReport>, ProblemHttpResult>> (string? year, IMediator mediator, CancellationToken ct) =>
            {
                var outcome = await mediator.Send(new GetVisitCoverage(year), ct);
                return outcome.Value is { } report ? TypedResults.Ok(report) : outcome.Error!.ToProblem();
            })
            .WithTags("Företagsbesök")
            .RequireAuthorization(PlatformPolicies.Read)
            .WithName("GetVisitCoverage")
            .WithSummary("Besökstäckning för ett år")
            .WithDescription("Genomförda företagsbesök under året (year, standard innevarande år) per SNI-avdelning A–U (företag, besökta företag, besök; avdelningar med företag men utan besök), per ort och område (centralorten, fjälldalarna, landsbygden), per roll (minst en tjänsteperson, minst en politiker, båda) samt företag som aldrig besökts och företag som inte besökts de senaste tolv månaderna, med senaste besöksdag. Ett företag med koder i flera avdelningar räknas i varje.");
}
