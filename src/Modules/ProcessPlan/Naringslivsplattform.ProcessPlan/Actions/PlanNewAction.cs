using Naringslivsplattform.BuildingBlocks.EventStore;

namespace Naringslivsplattform.ProcessPlan.Actions;

using Naringslivsplattform.ProcessPlan.Plans;

internal sealed record PlanNewActionRequest(
    string? ActivityCode, PlanActionKind? Kind, string? Title, DateOnly? PlannedFrom, DateOnly? PlannedTo, string? Locality, string? ResponsibleOfficial, string? Description, string? Cluster = null);

/// <param name="IdempotencyKey">When given, a retry with the same key and request gets the action the first request planned.</param>
internal sealed record PlanNewAction(Guid PlanId, PlanNewActionRequest Request, string? IdempotencyKey = null) : ICommand<Outcome<PlannedAction>>;

/// <param name="Replayed">True when an earlier request with the same idempotency key planned it.</param>
internal sealed record PlannedAction(ActionResponse Action, bool Replayed);

internal sealed class PlanNewActionHandler(IDocumentSession session, OperationContext operation) : ICommandHandler<PlanNewAction, Outcome<PlannedAction>>
{
    public async ValueTask<Outcome<PlannedAction>> Handle(PlanNewAction command, CancellationToken cancellationToken)
    {
        if (await session.LoadAsync<ProcessPlan>(command.PlanId, cancellationToken) is not { } plan)
        {
            return new DomainError("plan.not-found", ProcessPlanTexts.PlanNotFound, StatusCodes.Status404NotFound);
        }

        var actionId = command.IdempotencyKey is { } key ? IdempotentStarts.StreamIdFor(plan.Id, operation.UserName, key) : Guid.CreateVersion7();
        var decision = PlanActionDecisions.Plan(plan, actionId, command.Request);
        if (decision.Value is not { } planned)
        {
            return decision.Error!;
        }

        var started = await session.StartOnceAsync<PlanAction>(actionId, planned, command.IdempotencyKey is not null, cancellationToken);
        if (started.Error is { } reused)
        {
            return reused;
        }

        return started.Value
            ? await session.LoadWithVersionAsync<PlanAction>(actionId, cancellationToken) is var (action, version)
                ? new PlannedAction(ActionResponse.Of(action, version), Replayed: true)
                : new DomainError("action.not-found", ProcessPlanTexts.ActionNotFound, StatusCodes.Status404NotFound)
            : new PlannedAction(ActionResponse.Of(PlanAction.Create(planned), 1), Replayed: false);
    }
}

internal static class PlanNewActionEndpoint
{
    public static void Map(IEndpointRouteBuilder plans) =>
        plans.MapPost("/{planId:guid}/actions", async Task<Results<Created<ActionResponse>, ProblemHttpResult>> (
                Guid planId, PlanNewActionRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                if (IdempotentStarts.ReadKey(http.Request, out var key) is { } invalidKey)
                {
                    return invalidKey.ToProblem();
                }

                var outcome = await mediator.Send(new PlanNewAction(planId, request, key), ct);
                if (outcome.Value is not { Action: var created } planned)
                {
                    return outcome.Error!.ToProblem();
                }

                if (planned.Replayed)
                {
                    http.Response.Headers["Idempotent-Replayed"] = "true";
                }

                StreamVersions.SetETag(http, created.Version);
                return TypedResults.Created($"/api/v1/actions/{created.Id}", created);
            })
            .WithName("PlanNewAction")
            .WithSummary("Planera en åtgärd under en aktivitet")
            .WithDescription("Typ, rubrik, datum eller period, ort, ansvarig tjänsteperson, beskrivning och mikrokluster. Svaret har åtgärdens version i ETag. Med rubriken Idempotency-Key ger ett upprepat anrop samma åtgärd i stället för en till (Idempotent-Replayed: true).");
}
