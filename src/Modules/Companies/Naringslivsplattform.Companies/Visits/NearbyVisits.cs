using System.Globalization;

namespace Naringslivsplattform.Companies.Visits;

/// <summary>
/// Who else visited or plans to visit a company close to a day, so two visitors do not arrive unannounced in the same
/// month: the company's visits, not cancelled, within <see cref="WindowDays"/> days either side.
/// </summary>
internal sealed record NearbyVisits(Guid CompanyId, DateOnly Day, Guid? ExceptVisitId = null) : IQuery<IReadOnlyList<VisitSummary>>
{
    public const int WindowDays = 30;
}

internal sealed class NearbyVisitsHandler(IQuerySession session) : IQueryHandler<NearbyVisits, IReadOnlyList<VisitSummary>>
{
    public async ValueTask<IReadOnlyList<VisitSummary>> Handle(NearbyVisits query, CancellationToken cancellationToken)
    {
        var from = query.Day.AddDays(-NearbyVisits.WindowDays);
        var to = query.Day.AddDays(NearbyVisits.WindowDays);
        var visits = await session.Query<CompanyVisit>()
            .Where(v => v.CompanyId == query.CompanyId && v.Status != VisitStatus.Cancelled && v.Date >= from && v.Date <= to)
            .OrderBy(v => v.Date)
            .ToListAsync(cancellationToken);
        return [.. visits.Where(v => v.Id != query.ExceptVisitId).Select(ListVisitsHandler.Summary)];
    }
}

internal static class NearbyVisitsEndpoint
{
    public static void Map(IEndpointRouteBuilder companies) =>
        companies.MapGet("/{companyId:guid}/nearby-visits", async Task<Results<Ok<IReadOnlyList<VisitSummary>>, ProblemHttpResult>> (
                Guid companyId, string? day, Guid? exceptVisitId, IMediator mediator, CancellationToken ct) =>
                DateOnly.TryParseExact(day?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                    ? TypedResults.Ok(await mediator.Send(new NearbyVisits(companyId, parsed, exceptVisitId), ct))
                    : new DomainError("visit.day-invalid", CompaniesTexts.VisitDayInvalid).ToProblem())
            .WithName("NearbyVisits")
            .WithSummary("Andra besök hos företaget nära en dag")
            .WithDescription("Företagets planerade och genomförda besök inom 30 dagar före eller efter dagen (day, yyyy-MM-dd), med besökarna: visas när ett besök planeras så att två besökare inte kommer oanmälda samma månad.");
}
