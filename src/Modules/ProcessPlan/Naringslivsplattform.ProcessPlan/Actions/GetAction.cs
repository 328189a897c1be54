using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.ProcessPlan.Resources;

namespace Naringslivsplattform.ProcessPlan.Actions;

internal static class GetActionEndpoint
{
    public static void Map(IEndpointRouteBuilder actions) =>
        actions.MapGet("/{actionId:guid}", async Task<Results<Ok<ActionResponse>, ProblemHttpResult>> (Guid actionId, IQuerySession session, HttpContext http, CancellationToken ct) =>
            {
                if (await session.LoadAsync<PlanAction>(actionId, ct) is not { } action
                    || await session.Events.FetchStreamStateAsync(actionId, ct) is not { } state)
                {
                    return ApiProblems.NotFound("action.not-found", ProcessPlanTexts.ActionNotFound);
                }

                ActionVersions.SetETag(http, state.Version);
                return TypedResults.Ok(ActionResponse.Of(action, state.Version));
            })
            .WithName("GetAction")
            .WithSummary("En åtgärd")
            .WithDescription("Åtgärden med status och utfall; versionen i ETag används i If-Match vid ändringar.");
}
