using System.Text.Json;
using Naringslivsplattform.ProcessPlan.Actions;
using Naringslivsplattform.ProcessPlan.Browsing;

namespace Naringslivsplattform.ProcessPlan.History;

/// <summary>One event of a stream as the history shows it: what happened, when, by whom, under which correlation.</summary>
/// <param name="EventType">Marten's stable event type name, e.g. <c>action_rescheduled</c>.</param>
/// <param name="Data">The event as stored.</param>
internal sealed record HistoryEntry(
    long Version,
    long Sequence,
    string EventType,
    string Description,
    DateTimeOffset Timestamp,
    string? UserName,
    string? CorrelationId,
    string? CausationId,
    JsonElement Data);

/// <summary>Every event of the stream of an aggregate of <paramref name="AggregateType"/>, oldest first; null when there is no such stream.</summary>
internal sealed record GetStreamHistory(Guid StreamId, Type AggregateType) : IQuery<IReadOnlyList<HistoryEntry>?>;

internal sealed class GetStreamHistoryHandler(IQuerySession session) : IQueryHandler<GetStreamHistory, IReadOnlyList<HistoryEntry>?>
{
    public async ValueTask<IReadOnlyList<HistoryEntry>?> Handle(GetStreamHistory query, CancellationToken cancellationToken)
    {
        // The stream's aggregate type keeps a plan's id from answering as an action's, and the other way round.
        if (await session.Events.FetchStreamStateAsync(query.StreamId, cancellationToken) is not { } state || state.AggregateType != query.AggregateType)
        {
            return null;
        }

        var serializer = session.DocumentStore.Options.Serializer();
        var events = await session.Events.FetchStreamAsync(query.StreamId, token: cancellationToken);
        return [.. events.Select(e => new HistoryEntry(
            e.Version, e.Sequence, e.EventTypeName, EventDescriptions.Describe(e.Data), e.Timestamp, e.UserName, e.CorrelationId, e.CausationId,
            JsonSerializer.Deserialize<JsonElement>(serializer.ToJson(e.Data))))];
    }
}

internal static class StreamHistoryEndpoints
{
    private const string HistoryDescription =
        "Varje händelse i strömmen i ordning: version, global sekvens, händelsetyp, beskrivning på svenska, tidpunkt, användare, korrelations-id och händelsens data.";

    public static void MapPlanHistory(IEndpointRouteBuilder plans) =>
        plans.MapGet("/{planId:guid}/history", (Guid planId, IMediator mediator, CancellationToken ct) =>
                HistoryOfAsync(new GetStreamHistory(planId, typeof(Plans.ProcessPlan)), GetPlanEndpoint.PlanNotFoundCode, ProcessPlanTexts.PlanNotFound, mediator, ct))
            .WithName("GetPlanHistory")
            .WithSummary("Planens historik")
            .WithDescription(HistoryDescription);

    public static void MapActionHistory(IEndpointRouteBuilder actions) =>
        actions.MapGet("/{actionId:guid}/history", (Guid actionId, IMediator mediator, CancellationToken ct) =>
                HistoryOfAsync(new GetStreamHistory(actionId, typeof(PlanAction)), "action.not-found", ProcessPlanTexts.ActionNotFound, mediator, ct))
            .WithName("GetActionHistory")
            .WithSummary("Åtgärdens historik")
            .WithDescription(HistoryDescription);

    public static void MapDecisionHistory(IEndpointRouteBuilder decisions) =>
        decisions.MapGet("/{decisionId:guid}/history", (Guid decisionId, IMediator mediator, CancellationToken ct) =>
                HistoryOfAsync(new GetStreamHistory(decisionId, typeof(Decisions.LeadershipDecision)), "decision.not-found", ProcessPlanTexts.DecisionNotFound, mediator, ct))
            .WithName("GetDecisionHistory")
            .WithSummary("Beslutsärendets historik")
            .WithDescription(HistoryDescription);

    private static async Task<Results<Ok<IReadOnlyList<HistoryEntry>>, ProblemHttpResult>> HistoryOfAsync(
        GetStreamHistory query, string notFoundCode, string notFoundMessage, IMediator mediator, CancellationToken ct) =>
        await mediator.Send(query, ct) is { } history ? TypedResults.Ok(history) : ApiProblems.NotFound(notFoundCode, notFoundMessage);
}
