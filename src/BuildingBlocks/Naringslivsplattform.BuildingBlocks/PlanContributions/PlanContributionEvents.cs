namespace Naringslivsplattform.BuildingBlocks.PlanContributions;

/// <summary>
/// An event of another module's action that serves a process-plan activity (a company visit, a cluster meeting, a UF day).
/// The module appends it to its own stream; the process plan's timeline and progress read it through these interfaces
/// and never reference the module (ADR 0011).
/// </summary>
public interface IPlanContribution
{
    /// <summary>The id of the stream the contribution lives in; one contribution per stream.</summary>
    Guid ContributionId { get; }
}

/// <summary>The contribution is planned (its stream starts with it).</summary>
public interface IPlanContributionPlanned : IPlanContribution
{
    /// <summary>The plan the activity belongs to; null when no plan covers the day (the action is then on no plan's timeline).</summary>
    Guid? PlanId { get; }

    /// <summary>The activity served, "1.3".</summary>
    string ActivityCode { get; }

    /// <summary>A key from <see cref="ContributionKinds"/>.</summary>
    string Kind { get; }

    string Title { get; }

    DateOnly PlannedOn { get; }

    string? Locality { get; }

    /// <summary>Who answers for it, as shown on the timeline.</summary>
    string Responsible { get; }

    /// <summary>The admin UI page of the action, relative to the app's base.</summary>
    string Link { get; }

    /// <summary>The micro-cluster met, by the name the plan gives it, so coverage targets ("every cluster once a year") can count it.</summary>
    string? Cluster => null;
}

public interface IPlanContributionRescheduled : IPlanContribution
{
    DateOnly PlannedOn { get; }
}

/// <summary>The action took place; from now on it counts toward the activity's targets.</summary>
public interface IPlanContributionHeld : IPlanContribution
{
    DateOnly HeldOn { get; }
}

public interface IPlanContributionCancelled : IPlanContribution;
