using System.Globalization;
using Naringslivsplattform.ProcessPlan.LeadershipDecisions;

namespace Naringslivsplattform.ProcessPlan.Ui;

/// <summary>Swedish names of decision verdicts and states, the bodies to pick from, and dates as the decision pages show them.</summary>
internal static class DecisionTexts
{
    public static readonly DecisionBody[] Bodies = Enum.GetValues<DecisionBody>();

    public static readonly DecisionVerdict[] Verdicts = Enum.GetValues<DecisionVerdict>();

    public static string VerdictName(DecisionVerdict verdict) =>
        verdict == DecisionVerdict.Approved ? ProcessPlanTexts.DecisionVerdictApproved : ProcessPlanTexts.DecisionVerdictRejected;

    public static string StateName(DecisionState state) => state switch
    {
        DecisionState.Requested => ProcessPlanTexts.DecisionStateRequested,
        DecisionState.Approved => ProcessPlanTexts.DecisionStateApproved,
        DecisionState.Rejected => ProcessPlanTexts.DecisionStateRejected,
        DecisionState.Withdrawn => ProcessPlanTexts.DecisionStateWithdrawn,
        _ => ProcessPlanTexts.DecisionStateNeeded,
    };

    public static string Day(DateOnly? day) =>
        day?.ToString("yyyy-MM-dd", SwedishFormat.Culture) ?? ProcessPlanTexts.DecisionNone;

    public static DateOnly? DayOf(DateTime? picked) => picked is { } date ? DateOnly.FromDateTime(date) : null;
}
