using Naringslivsplattform.BuildingBlocks.Texts;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.Browsing;

internal static class GetPlanActivityEndpoint
{
    public const string ActivityNotFoundCode = "activity.not-found";

    public static void Map(IEndpointRouteBuilder plans) =>
        plans.MapGet("/{planId:guid}/activities/{code}", async Task<Results<Ok<ActivityResponse>, ProblemHttpResult>> (Guid planId, string code, IMediator mediator, CancellationToken ct) =>
            {
                if (await mediator.Send(new GetPlan(planId), ct) is not { } plan)
                {
                    return PlanStreams.Errors.NotFound.ToProblem();
                }

                return plan.Activities.FirstOrDefault(a => a.Code == code) is { } activity
                    ? TypedResults.Ok(activity)
                    : ApiProblems.NotFound(ActivityNotFoundCode, SwedishFormat.Format(ProcessPlanTexts.ActivityNotFound, code));
            })
            .WithName("GetPlanActivity")
            .WithSummary("En aktivitet i en processplan")
            .WithDescription("Aktiviteten med kod, till exempel 1.3, med punkter, tidsram, mål och tjänade insatser.");
}
