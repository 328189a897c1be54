namespace Naringslivsplattform.YoungEnterprise.UfEvents;

internal enum UfEventStatus
{
    Planned,
    Held,
    Cancelled,
}

/// <summary>A UF event as its own stream has built it (inline snapshot).</summary>
internal sealed record UfEvent(
    Guid Id,
    string Kind,
    string Title,
    Guid? SchoolId,
    string? SchoolName,
    Guid? PlanId,
    DateOnly PlannedOn,
    string? Locality,
    string Responsible,
    string? Description,
    UfEventStatus Status,
    DateOnly? HeldOn,
    UfParticipation Participation,
    string? Notes,
    string? CancelReason)
{
    /// <summary>The day the event sorts and counts by: when it was held once held, else when it is planned.</summary>
    public DateOnly Date => HeldOn ?? PlannedOn;

    public static UfEvent Create(UfEventPlanned planned) =>
        new(planned.UfEventId, planned.Kind, planned.Title, planned.SchoolId, planned.SchoolName, planned.PlanId, planned.PlannedOn, planned.Locality,
            planned.Responsible, planned.Description, UfEventStatus.Planned, null, UfParticipation.None, null, null);

    public UfEvent Apply(UfEventRescheduled rescheduled) => this with { PlannedOn = rescheduled.PlannedOn };

    public UfEvent Apply(UfEventHeld held) =>
        this with { Status = UfEventStatus.Held, HeldOn = held.HeldOn, Participation = held.Participation, Notes = held.Notes };

    public UfEvent Apply(UfEventCancelled cancelled) => this with { Status = UfEventStatus.Cancelled, CancelReason = cancelled.Reason };
}
