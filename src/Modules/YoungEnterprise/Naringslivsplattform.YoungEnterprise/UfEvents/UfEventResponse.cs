namespace Naringslivsplattform.YoungEnterprise.UfEvents;

/// <summary>A UF event as the API and the pages show it, with the stream version a change must be based on.</summary>
internal sealed record UfEventResponse(
    Guid Id,
    long Version,
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
    string? CancelReason) : IVersionedResponse
{
    /// <summary>The day the event counts by: when it was held once held, else when it is planned.</summary>
    public DateOnly Date => HeldOn ?? PlannedOn;

    public static UfEventResponse Of(Versioned<UfEvent> ufEvent) => Of(ufEvent.Value, ufEvent.Version);

    public static UfEventResponse Of(UfEvent e, long version) =>
        new(e.Id, version, e.Kind, e.Title, e.SchoolId, e.SchoolName, e.PlanId, e.PlannedOn, e.Locality, e.Responsible, e.Description, e.Status, e.HeldOn,
            e.Participation, e.Notes, e.CancelReason);
}
