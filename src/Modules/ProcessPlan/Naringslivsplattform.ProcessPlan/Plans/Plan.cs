using System.Collections.Immutable;

namespace Naringslivsplattform.ProcessPlan.Plans;

/// <summary>
/// A municipality's process plan (processplan) as its event stream has built it. Immutable: each
/// event yields a new state. Also stored inline as a document so reads see a write at once.
/// </summary>
/// <param name="LastSeed">What the seed file said when it was last imported; a later import applies only what the seed changed since.</param>
internal sealed record Plan(
    Guid Id,
    PlanHeader Header,
    ImmutableList<Measure> Measures,
    ImmutableList<PlanCategory> Categories,
    ImmutableList<PlanActivity> Activities,
    ImmutableList<Target> Targets,
    ImmutableList<NamedCluster> Clusters,
    PlanDefinition? LastSeed)
{
    public static Plan Create(ProcessPlanRegistered registered) =>
        new(registered.PlanId, registered.Header, [], [], [], [], [], null);

    public PlanDefinition Definition => new(Header, Measures, Categories, Activities, Targets, Clusters);

    public PlanActivity? FindActivity(ActivityCode code) => Activities.Find(a => a.Code == code);

    public Plan Apply(ProcessPlanHeaderRevised revised) => this with { Header = revised.Header };

    public Plan Apply(MeasureAdded added) =>
        this with { Measures = Measures.Add(added.Measure).Sort((a, b) => a.Number.CompareTo(b.Number)) };

    public Plan Apply(MeasureReworded reworded) =>
        this with { Measures = Measures.Replace(Measure(reworded.Measure.Number), reworded.Measure) };

    public Plan Apply(MeasureWithdrawn withdrawn) =>
        this with { Measures = Measures.Remove(Measure(withdrawn.Number)) };

    public Plan Apply(PlanCategoryAdded added) =>
        this with { Categories = Categories.Add(added.Category).Sort((a, b) => a.Number.CompareTo(b.Number)) };

    public Plan Apply(PlanCategoryRevised revised) =>
        this with { Categories = Categories.Replace(Category(revised.Category.Number), revised.Category) };

    public Plan Apply(PlanCategoryWithdrawn withdrawn) =>
        this with { Categories = Categories.Remove(Category(withdrawn.Number)) };

    public Plan Apply(PlanActivityAdded added) =>
        this with { Activities = Activities.Add(added.Activity).Sort((a, b) => a.Code.CompareTo(b.Code)) };

    public Plan Apply(PlanActivityRevised revised) =>
        this with { Activities = Activities.Replace(Activity(revised.Activity.Code), revised.Activity) };

    public Plan Apply(PlanActivityWithdrawn withdrawn) =>
        this with { Activities = Activities.Remove(Activity(withdrawn.Code)) };

    public Plan Apply(TargetSet set) =>
        this with { Targets = Targets.RemoveAll(t => t.Key == set.Target.Key).Add(set.Target) };

    public Plan Apply(TargetWithdrawn withdrawn) =>
        this with { Targets = Targets.RemoveAll(t => t.Key == withdrawn.TargetKey) };

    public Plan Apply(PlanClustersNamed named) => this with { Clusters = [.. named.Clusters] };

    public Plan Apply(PlanSeedImported imported) => this with { LastSeed = imported.Seed };

    private Measure Measure(int number) => Measures.Single(m => m.Number == number);

    private PlanCategory Category(int number) => Categories.Single(c => c.Number == number);

    private PlanActivity Activity(ActivityCode code) => Activities.Single(a => a.Code == code);
}
