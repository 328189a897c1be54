using System.Text.Json;
using System.Text.Json.Nodes;
using Naringslivsplattform.BuildingBlocks.History;

namespace Naringslivsplattform.Evaluation.Audit;

/// <summary>Any stream's full history, whichever module owns it.</summary>
/// <param name="AggregateType">The .NET name of what the stream builds (e.g. <c>PlanAction</c>), when Marten knows it.</param>
/// <param name="Module">The stable name of the owning module.</param>
internal sealed record AuditStream(Guid StreamId, string? AggregateType, string? Module, long Version, IReadOnlyList<HistoryEntry> Events);

internal sealed record GetAuditStream(Guid StreamId) : IQuery<Outcome<AuditStream>>;

internal sealed class GetAuditStreamHandler(IQuerySession session, AuditCatalog catalog, IEnumerable<IEventDescriptions> descriptions)
    : IQueryHandler<GetAuditStream, Outcome<AuditStream>>
{
    public static readonly DomainError NotFound = new("audit.unknown-stream", AuditTexts.UnknownStream, StatusCodes.Status404NotFound);

    public async ValueTask<Outcome<AuditStream>> Handle(GetAuditStream query, CancellationToken cancellationToken)
    {
        if (await session.Events.FetchStreamStateAsync(query.StreamId, cancellationToken) is not { } state)
        {
            return NotFound;
        }

        var events = await StreamHistory.ReadAnyAsync(session, query.StreamId, descriptions, cancellationToken);
        var module = catalog.ModuleOf(state.AggregateType)?.Name ?? events.Select(e => catalog.EventType(e.EventType)?.Module).FirstOrDefault();
        return new AuditStream(state.Id, state.AggregateType?.Name, module, state.Version, [.. events.Select(e => e with { Data = Redacted(e.Data) })]);
    }

    /// <summary>
    /// Credential hashes (an account's password hash, an API key's secret hash) are facts of the store but no business of
    /// an auditor's, and a hash is an offline attack's starting point: a top-level field named <c>…Hash</c> is shown as
    /// <c>***</c>.
    /// </summary>
    private static JsonElement Redacted(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object || !data.EnumerateObject().Any(p => IsHash(p.Name)))
        {
            return data;
        }

        var redacted = JsonNode.Parse(data.GetRawText())!.AsObject();
        foreach (var name in redacted.Select(p => p.Key).Where(IsHash).ToList())
        {
            redacted[name] = "***";
        }

        return JsonSerializer.SerializeToElement(redacted);
    }

    private static bool IsHash(string name) => name.EndsWith("Hash", StringComparison.OrdinalIgnoreCase);
}

internal static class GetAuditStreamEndpoint
{
    public static void Map(IEndpointRouteBuilder audit) =>
        audit.MapGet("/streams/{streamId:guid}", async Task<Results<Ok<AuditStream>, ProblemHttpResult>> (Guid streamId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetAuditStream(streamId), ct)).ToResult())
            .WithName("GetAuditStream")
            .WithSummary("En ströms hela historik, oavsett modul")
            .WithDescription("Strömmens aggregattyp, modul och version, och varje händelse i ordning: version, global sekvens, händelsetyp, beskrivning på svenska, tidpunkt, användare, korrelations-id, orsaks-id och händelsens data (lösenords- och nyckelhashar visas som ***). Okänt id ger 404 audit.unknown-stream.");
}
