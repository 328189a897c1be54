namespace Naringslivsplattform.ProcessPlan.Plans;

/// <summary>The strategy a plan carries out, e.g. Näringslivsstrategi 2021–2024 adopted by kommunfullmäktige.</summary>
internal sealed record BusinessStrategy(string Name, string AdoptedBy, int AdoptedYear, int PeriodFrom, int PeriodTo);

/// <summary>What identifies and frames a plan; <see cref="PlanKey"/> never changes for a plan.</summary>
internal sealed record PlanHeader(
    string PlanKey, string Title, BusinessStrategy Strategy, int PeriodFrom, int PeriodTo, string SourceDocument);

/// <summary>A time as the plan writes it ("Hösten 2023"), with our reading of it as dates.</summary>
/// <param name="AnnualDay">A day recurring each plan year, as "MM-dd" (the UF day "21 aug" is "08-21").</param>
internal sealed record Timeframe(string AsWritten, DateOnly? From, DateOnly? To, string? AnnualDay);

internal sealed record ActivityPoint(string Text, Timeframe? Timeframe);

/// <summary>A proposed measure (föreslagen insats) 1–8.</summary>
internal sealed record Measure(int Number, string Text);

/// <summary>One of the plan's sub-categories (underkategori) of activities.</summary>
internal sealed record PlanCategory(int Number, string Title, string? Introduction);

/// <summary>A micro-cluster the plan names (activity 1.2).</summary>
internal sealed record NamedCluster(string Name, string? Locality);

internal sealed record PlanActivity(
    ActivityCode Code,
    int Category,
    string Title,
    IReadOnlyList<ActivityPoint> Points,
    Timeframe Timeframe,
    IReadOnlyList<int> ServesMeasures)
{
    public bool IsSameAs(PlanActivity other) =>
        Code == other.Code
        && Category == other.Category
        && Title == other.Title
        && Timeframe == other.Timeframe
        && Points.SequenceEqual(other.Points)
        && ServesMeasures.SequenceEqual(other.ServesMeasures);
}

internal enum TargetKind
{
    /// <summary>At least <see cref="Target.MinimumPerYear"/> completed actions of a kind each year.</summary>
    Count,

    /// <summary>Done by <see cref="Target.Deadline"/>.</summary>
    Deadline,

    /// <summary>Each cluster the plan names met by at least <see cref="Target.MinimumPerYear"/> completed actions each year.</summary>
    Coverage,
}

/// <summary>A measurable target (mål) of an activity, keyed within the plan.</summary>
/// <param name="Source">The plan's own words the target comes from.</param>
internal sealed record Target(
    string Key,
    ActivityCode ActivityCode,
    TargetKind Kind,
    string Description,
    string? ActionKind,
    int? MinimumPerYear,
    IReadOnlyList<int> Years,
    DateOnly? Deadline,
    string Source)
{
    public bool IsSameAs(Target other) =>
        this with { Years = other.Years } == other && Years.SequenceEqual(other.Years);
}

/// <summary>Everything a plan says, as imported from a seed or (later) edited by planners.</summary>
internal sealed record PlanDefinition(
    PlanHeader Header,
    IReadOnlyList<Measure> Measures,
    IReadOnlyList<PlanCategory> Categories,
    IReadOnlyList<PlanActivity> Activities,
    IReadOnlyList<Target> Targets,
    IReadOnlyList<NamedCluster> Clusters)
{
    /// <summary>Equal part by part (records holding lists compare the lists by reference).</summary>
    public bool SaysTheSameAs(PlanDefinition other) =>
        Header == other.Header
        && Measures.SequenceEqual(other.Measures)
        && Categories.SequenceEqual(other.Categories)
        && Activities.Count == other.Activities.Count && Activities.Zip(other.Activities).All(p => p.First.IsSameAs(p.Second))
        && Targets.Count == other.Targets.Count && Targets.Zip(other.Targets).All(p => p.First.IsSameAs(p.Second))
        && Clusters.SequenceEqual(other.Clusters);
}
