using Naringslivsplattform.BuildingBlocks.PlanContributions;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.Actions;

/// <summary>What kind of action; the kinds the plan names, and a generic one.</summary>
internal enum PlanActionKind
{
    BusinessCouncilMeeting,
    CompanyBreakfastInTown,
    CompanyBreakfastInMountainValleys,
    EveningMeeting,
    Workshop,
    ProcurementSchool,
    BusinessForum,
    Training,

    /// <summary>A meeting with one of the plan's micro-clusters (1.2), held on the cluster's request.</summary>
    ClusterMeeting,
    Other,
}

internal static class PlanActionKinds
{
    /// <summary>The kinds by name, as targets refer to them.</summary>
    public static readonly IReadOnlySet<string> Names = Enum.GetNames<PlanActionKind>().ToHashSet(StringComparer.Ordinal);

    /// <summary>What a count target can count: the core's kinds and the kinds other modules record against the plan (a key both share, such as
    /// ClusterMeeting, once).</summary>
    public static readonly IReadOnlyList<string> Countable = [.. Enum.GetNames<PlanActionKind>().Union(ContributionKinds.All, StringComparer.Ordinal)];

    /// <summary>The kind's Swedish name, as pages, the history and the evaluation show it.</summary>
    public static string Name(PlanActionKind kind) => kind switch
    {
        PlanActionKind.BusinessCouncilMeeting => ProcessPlanTexts.ActionKindBusinessCouncilMeeting,
        PlanActionKind.CompanyBreakfastInTown => ProcessPlanTexts.ActionKindCompanyBreakfastInTown,
        PlanActionKind.CompanyBreakfastInMountainValleys => ProcessPlanTexts.ActionKindCompanyBreakfastInMountainValleys,
        PlanActionKind.EveningMeeting => ProcessPlanTexts.ActionKindEveningMeeting,
        PlanActionKind.Workshop => ProcessPlanTexts.ActionKindWorkshop,
        PlanActionKind.ProcurementSchool => ProcessPlanTexts.ActionKindProcurementSchool,
        PlanActionKind.BusinessForum => ProcessPlanTexts.ActionKindBusinessForum,
        PlanActionKind.Training => ProcessPlanTexts.ActionKindTraining,
        PlanActionKind.ClusterMeeting => ProcessPlanTexts.ActionKindClusterMeeting,
        _ => ProcessPlanTexts.ActionKindOther,
    };
}

internal enum PlanActionStatus
{
    Planned,
    Completed,
    Cancelled,
}

/// <summary>A person who took part, by name and role; personal data.</summary>
/// <param name="Role">E.g. "tjänsteperson" or "politiker", as the planner writes it.</param>
internal sealed record Participant(string Name, string Role);

/// <summary>A planned or completed action (åtgärd) under a plan activity, built from its own stream.</summary>
internal sealed record PlanAction(
    Guid Id,
    Guid PlanId,
    ActivityCode ActivityCode,
    PlanActionKind Kind,
    string Title,
    DateOnly PlannedFrom,
    DateOnly PlannedTo,
    string? Locality,
    string ResponsibleOfficial,
    string? Description,
    PlanActionStatus Status,
    DateOnly? HeldOn,
    string? OutcomeSummary,
    IReadOnlyList<Participant> Participants,
    int? CompaniesAttending,
    int? PersonsAttending,
    string? CancellationReason,
    string? Cluster)
{
    public static PlanAction Create(ActionPlanned planned) =>
        new(planned.ActionId, planned.PlanId, planned.ActivityCode, planned.Kind, planned.Title, planned.PlannedFrom, planned.PlannedTo,
            planned.Locality, planned.ResponsibleOfficial, planned.Description, PlanActionStatus.Planned, null, null, [], null, null, null, planned.Cluster);

    public PlanAction Apply(ActionRescheduled rescheduled) =>
        this with { PlannedFrom = rescheduled.PlannedFrom, PlannedTo = rescheduled.PlannedTo };

    public PlanAction Apply(ActionCompleted completed) =>
        this with
        {
            Status = PlanActionStatus.Completed,
            HeldOn = completed.HeldOn,
            OutcomeSummary = completed.OutcomeSummary,
            Participants = completed.Participants,
            CompaniesAttending = completed.CompaniesAttending,
            PersonsAttending = completed.PersonsAttending,
        };

    public PlanAction Apply(ActionCancelled cancelled) =>
        this with { Status = PlanActionStatus.Cancelled, CancellationReason = cancelled.Reason };
}
