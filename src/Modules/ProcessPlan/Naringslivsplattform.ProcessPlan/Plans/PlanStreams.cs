using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.ProcessPlan.Plans;

/// <summary>How a change to a plan's stream is refused before any rule is asked.</summary>
internal static class PlanStreams
{
    public static readonly StreamErrors Errors =
        StreamErrors.For("plan", ProcessPlanTexts.PlanNotFound, ProcessPlanTexts.PlanVersionStale, ProcessPlanTexts.PlanVersionRequired);
}
