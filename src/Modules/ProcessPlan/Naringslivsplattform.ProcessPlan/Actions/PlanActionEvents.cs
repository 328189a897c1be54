using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.Actions;

internal sealed record ActionPlanned(
    Guid ActionId,
    Guid PlanId,
    ActivityCode ActivityCode,
    PlanActionKind Kind,
    string Title,
    DateOnly PlannedFrom,
    DateOnly PlannedTo,
    string? Locality,
    string ResponsibleOfficial,
    string? Description,
    string? Cluster = null);

internal sealed record ActionRescheduled(Guid ActionId, DateOnly PlannedFrom, DateOnly PlannedTo, string Reason);

internal sealed record ActionCompleted(
    Guid ActionId,
    DateOnly HeldOn,
    string OutcomeSummary,
    IReadOnlyList<Participant> Participants,
    int? CompaniesAttending,
    int? PersonsAttending,
    string? Notes,
    IReadOnlyList<string> Links);

internal sealed record ActionCancelled(Guid ActionId, string Reason);

internal static class PlanActionEventTypes
{
    public static readonly Type[] All = [typeof(ActionPlanned), typeof(ActionRescheduled), typeof(ActionCompleted), typeof(ActionCancelled)];
}
