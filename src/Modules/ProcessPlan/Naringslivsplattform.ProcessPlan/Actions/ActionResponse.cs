
using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.ProcessPlan.Actions;

internal sealed record ActionResponse(
    Guid Id,
    Guid PlanId,
    string ActivityCode,
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
    string? Cluster,
    long Version) : IVersionedResponse
{
    public static ActionResponse Of(Versioned<PlanAction> action) => Of(action.Value, action.Version);

    public static ActionResponse Of(PlanAction action, long version) =>
        new(action.Id, action.PlanId, action.ActivityCode.ToString(), action.Kind, action.Title, action.PlannedFrom, action.PlannedTo, action.Locality,
            action.ResponsibleOfficial, action.Description, action.Status, action.HeldOn, action.OutcomeSummary, action.Participants,
            action.CompaniesAttending, action.PersonsAttending, action.CancellationReason, action.Cluster, version);
}
