using Naringslivsplattform.BuildingBlocks.History;
using Naringslivsplattform.ProcessPlan.Browsing;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.History;

internal static class ProcessPlanHistoryEndpoints
{
    public static void MapPlanHistory(IEndpointRouteBuilder plans) =>
        plans.MapHistory("planId", typeof(Plan), new DomainError(GetPlanEndpoint.PlanNotFoundCode, ProcessPlanTexts.PlanNotFound, StatusCodes.Status404NotFound),
            "GetPlanHistory", "Planens historik");

    public static void MapDecisionHistory(IEndpointRouteBuilder decisions) =>
        decisions.MapHistory("decisionId", typeof(Decisions.LeadershipDecision), new DomainError("decision.not-found", ProcessPlanTexts.DecisionNotFound, StatusCodes.Status404NotFound),
            "GetDecisionHistory", "Beslutsärendets historik");
}
