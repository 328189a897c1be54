using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.ProcessPlan.LeadershipDecisions;

/// <summary>What every slice of a leadership decision's stream shares: how a change to it is refused, and what keyed creates of it are derived from.</summary>
internal static class DecisionStreams
{
    public static readonly StreamErrors Errors =
        StreamErrors.For("decision", ProcessPlanTexts.DecisionNotFound, ProcessPlanTexts.DecisionVersionStale, ProcessPlanTexts.DecisionVersionRequired);

    /// <summary>The kind of stream in keyed decision ids (ADR 0007); never change it, or retries stop finding their decision.</summary>
    public static readonly Guid Kind = new("11a98774-026c-4147-ab23-252ab36d32de");
}
