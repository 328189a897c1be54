using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.Tests;

/// <summary>Folds events into a plan the way the event store does, for given-events tests without a database.</summary>
internal static class PlanEvolution
{
    /// <summary>Vilhelmina's plan as the repository's seed imports it.</summary>
    public static Plan Vilhelmina { get; } = Replay(
        Importing.PlanImportDecision.Decide(null, PlanIdentity.For("2462", "processplan-2023-2024"), Importing.SeedPlanReader.ReadPlan(SeedFiles.VilhelminaPlan)));

    public static Plan Replay(IEnumerable<object> events) =>
        events.Aggregate((Plan?)null, Evolve) ?? throw new InvalidOperationException("No plan was registered.");

    public static Plan? Evolve(Plan? plan, object @event) => @event switch
    {
        ProcessPlanRegistered e => Plan.Create(e),
        ProcessPlanHeaderRevised e => plan!.Apply(e),
        MeasureAdded e => plan!.Apply(e),
        MeasureReworded e => plan!.Apply(e),
        MeasureWithdrawn e => plan!.Apply(e),
        PlanCategoryAdded e => plan!.Apply(e),
        PlanCategoryRevised e => plan!.Apply(e),
        PlanCategoryWithdrawn e => plan!.Apply(e),
        PlanActivityAdded e => plan!.Apply(e),
        PlanActivityRevised e => plan!.Apply(e),
        PlanActivityWithdrawn e => plan!.Apply(e),
        TargetSet e => plan!.Apply(e),
        TargetWithdrawn e => plan!.Apply(e),
        PlanClustersNamed e => plan!.Apply(e),
        PlanSeedImported e => plan!.Apply(e),
        _ => throw new ArgumentException($"Unknown event {@event.GetType().Name}", nameof(@event)),
    };
}
