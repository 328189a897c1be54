using Naringslivsplattform.BuildingBlocks.History;

namespace Naringslivsplattform.Evaluation.Audit;

internal sealed record AuditLogResult(IReadOnlyList<AuditEntry> Items, int Page, int PageSize, int TotalCount);

/// <summary>One page of the municipality's events, newest first; 400 when a filter is bad.</summary>
internal sealed record GetAuditLog(AuditLogRequest Request) : IQuery<Outcome<AuditLogResult>>;

internal sealed class GetAuditLogHandler(IQuerySession session, AuditCatalog catalog, IEnumerable<IEventDescriptions> descriptions)
    : IQueryHandler<GetAuditLog, Outcome<AuditLogResult>>
{
    public async ValueTask<Outcome<AuditLogResult>> Handle(GetAuditLog query, CancellationToken cancellationToken)
    {
        var read = AuditQueryRules.Read(query.Request, catalog);
        if (read.Value is not { } audit)
        {
            return read.Error!;
        }

        // The session is the municipality's: Marten adds its tenant to every event query.
        var matching = session.Events.QueryAllRawEvents().Matching(audit.Filter);
        var total = await matching.CountAsync(cancellationToken);
        var paging = audit.Paging;
        var events = await matching.OrderByDescending(e => e.Sequence)
            .Skip((paging.Page - 1) * paging.PageSize)
            .Take(paging.PageSize)
            .ToListAsync(cancellationToken);
        var describers = descriptions.ToList();
        return new AuditLogResult([.. events.Select(e => e.ToEntry(catalog, describers))], paging.Page, paging.PageSize, total);
    }
}

internal static class GetAuditLogEndpoint
{
    public static void Map(IEndpointRouteBuilder audit) =>
        audit.MapGet("/events", async Task<Results<Ok<AuditLogResult>, ProblemHttpResult>> ([AsParameters] AuditLogRequest request, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetAuditLog(request), ct)).ToResult())
            .WithName("GetAuditLog")
            .WithSummary("Granskningsloggen: kommunens händelser, nyast först")
            .WithDescription("Varje händelse i kommunens händelselager: global sekvens, ström-id, version, händelsetyp, modul, beskrivning på svenska, tidpunkt, användare, korrelations-id och orsaks-id. Filter: user (exakt användarnamn), module (t.ex. Companies), eventType (t.ex. action_planned), from och to (ÅÅÅÅ-MM-DD, svensk tid, båda dagarna ingår); sidor med page och pageSize (1–200, 50 om inget anges). Endast för Revisor och Administratör; att läsa loggen ändrar ingenting.");
}
