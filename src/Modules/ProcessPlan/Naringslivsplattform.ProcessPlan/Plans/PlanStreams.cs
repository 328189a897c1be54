using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.ProcessPlan.Plans;

/// <summary>How a change to a plan's stream is refused before any rule is asked, and the names its data is stored under.</summary>
internal static class PlanStreams
{
    public static readonly StreamErrors Errors =
        StreamErrors.For("plan", ProcessPlanTexts.PlanNotFound, ProcessPlanTexts.PlanVersionStale, ProcessPlanTexts.PlanVersionRequired);

    /// <summary>
    /// The plan document's table is <c>mt_doc_processplan</c>, as it was when the aggregate was called ProcessPlan; Marten would
    /// otherwise name it after <see cref="Plan"/> and start an empty table beside the stored plans.
    /// </summary>
    public const string DocumentAlias = "processplan";

    /// <summary>What <c>mt_streams.type</c> says of a plan stream started before the aggregate was renamed (Marten's alias of ProcessPlan).</summary>
    public const string FormerStreamType = "process_plan";
}
