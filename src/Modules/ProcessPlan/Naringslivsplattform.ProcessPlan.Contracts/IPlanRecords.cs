namespace Naringslivsplattform.ProcessPlan.Contracts;

/// <summary>
/// The plan and what was done under it, as the ProcessPlan module's read models hold them now or as its events had built
/// them at an instant; the ProcessPlan module implements it for the caller's municipality. The annual evaluation is made
/// from these.
/// </summary>
public interface IPlanRecords
{
    /// <summary>The plans that existed at <paramref name="until"/> (null: now), by first year.</summary>
    Task<IReadOnlyList<PlanPeriod>> ListPlansAsync(DateTimeOffset? until, CancellationToken cancellationToken);

    /// <summary>
    /// Years of a plan, in the order asked. With <paramref name="until"/> null, as the read models hold them now: each year
    /// read by its own indexed, year-scoped queries, so the cost follows the year's work, not the store's history. With an
    /// instant, from every event appended up to it, folded once for all the years. Both give the same record for today.
    /// </summary>
    /// <returns>Empty when the plan did not exist at <paramref name="until"/>.</returns>
    Task<IReadOnlyList<PlanYearRecord>> ReadYearsAsync(Guid planId, IReadOnlyCollection<int> years, DateTimeOffset? until, CancellationToken cancellationToken);
}

/// <summary>A plan and the years it covers.</summary>
public sealed record PlanPeriod(Guid PlanId, string Title, int FirstYear, int LastYear)
{
    public bool Covers(int year) => year >= FirstYear && year <= LastYear;
}

/// <param name="Day">The Swedish day the record stands on: today, or the day of <c>until</c>; statuses are judged as of it.</param>
/// <param name="Clusters">The micro-clusters the plan names, with the meetings held with each in the year.</param>
public sealed record PlanYearRecord(
    PlanPeriod Plan,
    int Year,
    DateOnly Day,
    IReadOnlyList<MeasureRecord> Measures,
    IReadOnlyList<ActivityRecord> Activities,
    IReadOnlyList<TargetRecord> Targets,
    IReadOnlyList<ActionTally> Actions,
    IReadOnlyList<DecisionRecord> Decisions,
    IReadOnlyList<ClusterRecord> Clusters);

/// <summary>A proposed measure (insats) 1–8 and the activities serving it.</summary>
public sealed record MeasureRecord(int Number, string Text, IReadOnlyList<string> ActivityCodes);

/// <summary>An activity, e.g. 1.1, in its sub-category.</summary>
public sealed record ActivityRecord(string Code, int Category, string CategoryTitle, string Title);

public enum TargetRecordKind
{
    /// <summary>At least a number of held actions of a kind in the year.</summary>
    Count,

    /// <summary>Done by a deadline.</summary>
    Deadline,

    /// <summary>Every cluster the plan names met in the year.</summary>
    Coverage,
}

public enum TargetStanding
{
    Met,
    OnTrack,
    Behind,
}

/// <summary>A target of an activity and how far it had come.</summary>
/// <param name="NotYetCovered">For a coverage target, the named clusters not met enough; otherwise empty.</param>
public sealed record TargetRecord(
    string Key,
    string ActivityCode,
    TargetRecordKind Kind,
    string Description,
    int Done,
    int Required,
    TargetStanding Standing,
    DateOnly? Deadline,
    IReadOnlyList<string> NotYetCovered);

/// <summary>The actions of one kind under an activity dated in the year, whichever module recorded them.</summary>
/// <param name="KindName">The kind in Swedish, e.g. "Näringslivsråd".</param>
/// <param name="Planned">Planned and neither held nor cancelled.</param>
public sealed record ActionTally(string ActivityCode, string Kind, string KindName, int Planned, int Held, int Cancelled);

public enum DecisionStanding
{
    /// <summary>Needed or requested, not yet decided.</summary>
    Awaiting,
    Approved,
    Rejected,
    Withdrawn,
}

/// <summary>A leadership decision needed by a day in the year, or decided in it.</summary>
/// <param name="DeadlineMet">Decided by the day it was needed by (true), decided late or still awaited after it (false), or not yet known (null).</param>
public sealed record DecisionRecord(string ActivityCode, string Subject, DateOnly NeededBy, DecisionStanding Standing, DateOnly? DecidedOn, bool? DeadlineMet);

/// <summary>A micro-cluster the plan names and the meetings held with it in the year.</summary>
public sealed record ClusterRecord(string Name, int MeetingsHeld);
