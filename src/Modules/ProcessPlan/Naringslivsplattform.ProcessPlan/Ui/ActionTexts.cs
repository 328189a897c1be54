using Naringslivsplattform.ProcessPlan.Actions;

namespace Naringslivsplattform.ProcessPlan.Ui;

/// <summary>Swedish names of action statuses and the kinds to pick from, shared by the action pages.</summary>
internal static class ActionTexts
{
    public static readonly PlanActionKind[] Kinds = Enum.GetValues<PlanActionKind>();

    public static string StatusName(PlanActionStatus status) => status switch
    {
        PlanActionStatus.Completed => Resources.ProcessPlanTexts.ActionStatusCompleted,
        PlanActionStatus.Cancelled => Resources.ProcessPlanTexts.ActionStatusCancelled,
        _ => Resources.ProcessPlanTexts.ActionStatusPlanned,
    };

    /// <summary>One participant per line, "Name, role"; a line without a comma gets an empty role, which the decision refuses.</summary>
    public static IReadOnlyList<ParticipantRequest> ParticipantsOf(string? text) =>
        [.. (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(',', 2, StringSplitOptions.TrimEntries) is [var name, var role] ? new ParticipantRequest(name, role) : new ParticipantRequest(line, ""))];
}
