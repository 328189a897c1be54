using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.ProcessPlan.Actions;

/// <summary>What every slice of an action's stream shares: how a change to it is refused, and what keyed creates of it are derived from.</summary>
internal static class ActionStreams
{
    public static readonly StreamErrors Errors =
        StreamErrors.For("action", ProcessPlanTexts.ActionNotFound, ProcessPlanTexts.ActionVersionStale, ProcessPlanTexts.ActionVersionRequired);

    /// <summary>The kind of stream in keyed action ids (ADR 0007); never change it, or retries stop finding their action.</summary>
    public static readonly Guid Kind = new("3c1f4a52-8e07-4b6d-a2f9-6d0b1e7c2462");
}
