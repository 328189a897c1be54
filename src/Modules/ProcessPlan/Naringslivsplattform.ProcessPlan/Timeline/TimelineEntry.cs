using Naringslivsplattform.BuildingBlocks.PlanContributions;

namespace Naringslivsplattform.ProcessPlan.Timeline;

/// <summary>Where an action stands, in words every source of actions shares.</summary>
internal enum TimelineStatus
{
    Planned,
    Completed,
    Cancelled,
}

/// <summary>
/// One action on the plan's timeline, whatever recorded it. Deliberately neutral: the kind is a string
/// key and the source names the event family, so other modules' actions (company visits, cluster
/// meetings, UF days) can be projected into the same document without writing the core's streams.
/// </summary>
/// <param name="Id">The id of the action's own stream.</param>
/// <param name="Category">The first part of the activity code, so a category filter needs no parsing.</param>
/// <param name="Link">The admin UI page of the action, relative to the app's base.</param>
/// <param name="Cluster">The micro-cluster met, for another module's cluster meeting; coverage targets count by it.</param>
internal sealed record TimelineEntry(
    Guid Id,
    Guid PlanId,
    string ActivityCode,
    int Category,
    string Kind,
    string Title,
    TimelineStatus Status,
    DateOnly PlannedFrom,
    DateOnly PlannedTo,
    DateOnly? HeldOn,
    string? Locality,
    string ResponsibleOfficial,
    string Source,
    string Link,
    string? Cluster = null)
{
    /// <summary>The day the entry sorts and filters by: when it was held once completed, else when it is planned.</summary>
    public DateOnly Date => HeldOn ?? PlannedFrom;

    /// <summary>
    /// Another module's action, read through the <see cref="IPlanContribution"/> contract; one planned outside every plan's period is
    /// kept under the empty plan id, where no plan's timeline looks.
    /// </summary>
    public static TimelineEntry Create(IPlanContributionPlanned planned) =>
        new(planned.ContributionId, planned.PlanId ?? Guid.Empty, planned.ActivityCode, Plans.ActivityCode.Parse(planned.ActivityCode).Category, planned.Kind, planned.Title,
            TimelineStatus.Planned, planned.PlannedOn, planned.PlannedOn, null, planned.Locality, planned.Responsible, TimelineProjection.ContributionSource, planned.Link, planned.Cluster);

    public TimelineEntry Apply(IPlanContributionRescheduled rescheduled) => this with { PlannedFrom = rescheduled.PlannedOn, PlannedTo = rescheduled.PlannedOn };

    public TimelineEntry Apply(IPlanContributionHeld held) => this with { Status = TimelineStatus.Completed, HeldOn = held.HeldOn };

    public TimelineEntry Apply(IPlanContributionCancelled cancelled) => this with { Status = TimelineStatus.Cancelled };
}
