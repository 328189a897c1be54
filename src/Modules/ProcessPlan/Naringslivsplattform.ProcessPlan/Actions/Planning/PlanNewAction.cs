using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Writing;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.Actions;

internal sealed record PlanNewActionRequest(
    string? ActivityCode, PlanActionKind? Kind, string? Title, DateOnly? PlannedFrom, DateOnly? PlannedTo, string? Locality, string? ResponsibleOfficial, string? Description, string? Cluster = null);

/// <param name="IdempotencyKey">When given, a retry with the same key and request gets the action the first request planned.</param>
internal sealed record PlanNewAction(Guid PlanId, PlanNewActionRequest Request, string? IdempotencyKey = null) : ICommand<Outcome<Started<ActionResponse>>>;

internal sealed class PlanNewActionHandler(IDocumentSession session, OperationContext operation) : ICommandHandler<PlanNewAction, Outcome<Started<ActionResponse>>>
{
    public async ValueTask<Outcome<Started<ActionResponse>>> Handle(PlanNewAction command, CancellationToken cancellationToken)
    {
        if (await session.LoadAsync<Plan>(command.PlanId, cancellationToken) is not { } plan)
        {
            return PlanStreams.Errors.NotFound;
        }

        var started = await session.StartOnceAsync<PlanAction, ActionPlanned>(
            IdempotencyKeys.StreamFor(session, operation, ActionStreams.Kind, command.IdempotencyKey),
            actionId => PlanActionRules.Plan(plan, actionId, command.Request),
            cancellationToken);
        return started.Map(action => action.Select(ActionResponse.Of));
    }
}

internal static class PlanNewActionEndpoint
{
    public static void Map(IEndpointRouteBuilder plans) =>
        plans.MapPost("/{planId:guid}/actions", (Guid planId, PlanNewActionRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.CreateAsync(http, "/api/v1/actions", key => mediator.Send(new PlanNewAction(planId, request, key), ct)))
            .WithName("PlanNewAction")
            .WithSummary("Planera en åtgärd under en aktivitet")
            .WithDescription("Typ, rubrik, datum eller period, ort, ansvarig tjänsteperson, beskrivning och mikrokluster. Svaret har åtgärdens version i ETag. Med rubriken Idempotency-Key ger ett upprepat anrop samma åtgärd i stället för en till (Idempotent-Replayed: true).");
}
