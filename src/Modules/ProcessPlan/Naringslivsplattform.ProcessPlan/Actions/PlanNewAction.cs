using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.ProcessPlan.Resources;

namespace Naringslivsplattform.ProcessPlan.Actions;

using Naringslivsplattform.ProcessPlan.Plans;

internal sealed record PlanNewActionRequest(
    string? ActivityCode, PlanActionKind? Kind, string? Title, DateOnly? PlannedFrom, DateOnly? PlannedTo, string? Locality, string? ResponsibleOfficial, string? Description, string? Cluster = null);

internal sealed record PlanNewAction(Guid PlanId, PlanNewActionRequest Request) : ICommand<Outcome<ActionResponse>>;

internal sealed class PlanNewActionHandler(IDocumentSession session) : ICommandHandler<PlanNewAction, Outcome<ActionResponse>>
{
    public async ValueTask<Outcome<ActionResponse>> Handle(PlanNewAction command, CancellationToken cancellationToken)
    {
        if (await session.LoadAsync<ProcessPlan>(command.PlanId, cancellationToken) is not { } plan)
        {
            return new DomainError("plan.not-found", ProcessPlanTexts.PlanNotFound, StatusCodes.Status404NotFound);
        }

        var decision = PlanActionDecisions.Plan(plan, Guid.CreateVersion7(), command.Request);
        if (decision.Value is not { } planned)
        {
            return decision.Error!;
        }

        session.Events.StartStream<PlanAction>(planned.ActionId, planned);
        await session.SaveChangesAsync(cancellationToken);
        return ActionResponse.Of(PlanAction.Create(planned), 1);
    }
}

internal static class PlanNewActionEndpoint
{
    public static void Map(IEndpointRouteBuilder plans) =>
        plans.MapPost("/{planId:guid}/actions", async Task<Results<Created<ActionResponse>, ProblemHttpResult>> (
                Guid planId, PlanNewActionRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await mediator.Send(new PlanNewAction(planId, request), ct);
                if (outcome.Value is not { } created)
                {
                    return outcome.Error!.ToProblem();
                }

                ActionVersions.SetETag(http, created.Version);
                return TypedResults.Created($"/api/v1/actions/{created.Id}", created);
            })
            .WithName("PlanNewAction")
            .WithSummary("Planera en åtgärd under en aktivitet")
            .WithDescription("Typ, rubrik, datum eller period, ort, ansvarig tjänsteperson och beskrivning. Svaret har åtgärdens version i ETag.");
}
