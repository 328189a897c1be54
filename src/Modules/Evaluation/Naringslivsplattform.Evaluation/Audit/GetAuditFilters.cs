namespace Naringslivsplattform.Evaluation.Audit;

/// <summary>What the audit log's filters can pick: the users, modules and event types that occur in the municipality's events.</summary>
internal sealed record AuditFilterChoices(IReadOnlyList<string> Users, IReadOnlyList<AuditModule> Modules, IReadOnlyList<AuditEventType> EventTypes);

internal sealed record GetAuditFilterChoices : IQuery<AuditFilterChoices>;

internal sealed class GetAuditFilterChoicesHandler(IQuerySession session, AuditCatalog catalog) : IQueryHandler<GetAuditFilterChoices, AuditFilterChoices>
{
    public async ValueTask<AuditFilterChoices> Handle(GetAuditFilterChoices query, CancellationToken cancellationToken)
    {
        var users = await session.Events.QueryAllRawEvents().Where(e => e.UserName != null).Select(e => e.UserName!).Distinct().ToListAsync(cancellationToken);
        var typeNames = await session.Events.QueryAllRawEvents().Select(e => e.EventTypeName).Distinct().ToListAsync(cancellationToken);
        var types = typeNames.Select(name => catalog.EventType(name) ?? new AuditEventType(name, null)).ToList();
        return new AuditFilterChoices(
            [.. users.Order(StringComparer.Ordinal)],
            [.. catalog.Modules.Where(m => types.Exists(t => t.Module == m.Name))],
            [.. types.OrderBy(t => t.Module, StringComparer.Ordinal).ThenBy(t => t.Name, StringComparer.Ordinal)]);
    }
}

internal static class GetAuditFilterChoicesEndpoint
{
    public static void Map(IEndpointRouteBuilder audit) =>
        audit.MapGet("/filters", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetAuditFilterChoices(), ct)))
            .WithName("GetAuditFilterChoices")
            .WithSummary("Granskningsloggens filterval")
            .WithDescription("Användarna, modulerna (med svenska namn) och händelsetyperna (med sin modul) som förekommer i kommunens händelser, för filtren i granskningsloggen.");
}
