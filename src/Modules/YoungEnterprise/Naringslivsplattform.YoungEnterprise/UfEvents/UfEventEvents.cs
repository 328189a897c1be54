using Naringslivsplattform.BuildingBlocks.PlanContributions;

namespace Naringslivsplattform.YoungEnterprise.UfEvents;

/// <summary>How many took part in a UF event, and which UF companies.</summary>
internal sealed record UfParticipation(int Students, int Classes, IReadOnlyList<Guid> StudentCompanyIds, int Visitors)
{
    public static readonly UfParticipation None = new(0, 0, [], 0);

    /// <summary>By value, the UF companies included.</summary>
    public bool Equals(UfParticipation? other) =>
        other is not null && (Students, Classes, Visitors) == (other.Students, other.Classes, other.Visitors) && StudentCompanyIds.SequenceEqual(other.StudentCompanyIds);

    public override int GetHashCode() => HashCode.Combine(Students, Classes, StudentCompanyIds.Count, Visitors);
}

/// <summary>
/// A UF event is planned. It serves activity 2.2 of the plan covering its day and says so through the plan contribution
/// contract, so the process plan's timeline and progress count it without this module writing their streams.
/// </summary>
/// <param name="Kind">A key of <see cref="UfEventKinds"/>.</param>
/// <param name="SchoolName">As the school register named it then; null when the event is at no one school.</param>
/// <param name="PlanId">The plan whose activity 2.2 the event serves; null when no plan covers the day.</param>
internal sealed record UfEventPlanned(
    Guid UfEventId, string Kind, string Title, Guid? SchoolId, string? SchoolName, Guid? PlanId, DateOnly PlannedOn, string? Locality, string Responsible,
    string? Description)
    : IPlanContributionPlanned
{
    /// <summary>Delta i skolans aktiviteter som entreprenörskapsdagar.</summary>
    public const string ServedActivity = "2.2";

    Guid IPlanContribution.ContributionId => UfEventId;

    string IPlanContributionPlanned.ActivityCode => ServedActivity;

    string IPlanContributionPlanned.Link => $"uf/handelser/{UfEventId}";
}

internal sealed record UfEventRescheduled(Guid UfEventId, DateOnly PlannedOn, string? Reason) : IPlanContributionRescheduled
{
    Guid IPlanContribution.ContributionId => UfEventId;
}

/// <summary>The UF event took place, with who took part; from now on it counts toward activity 2.2.</summary>
internal sealed record UfEventHeld(Guid UfEventId, DateOnly HeldOn, UfParticipation Participation, string? Notes) : IPlanContributionHeld
{
    Guid IPlanContribution.ContributionId => UfEventId;
}

internal sealed record UfEventCancelled(Guid UfEventId, string Reason) : IPlanContributionCancelled
{
    Guid IPlanContribution.ContributionId => UfEventId;
}

internal static class UfEventEventTypes
{
    public static readonly Type[] All = [typeof(UfEventPlanned), typeof(UfEventRescheduled), typeof(UfEventHeld), typeof(UfEventCancelled)];
}
