using Naringslivsplattform.ProcessPlan.Importing;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.Tests;

/// <summary>Folds events into a plan with Marten's aggregator, as the event store does, for given-events tests without a database.</summary>
internal static class PlanEvolution
{
    /// <summary>Vilhelmina's plan as the repository's seed imports it.</summary>
    public static Plan Vilhelmina { get; } = Replay(
        PlanImportRules.Decide(null, PlanIdentity.For("2462", "processplan-2023-2024"), SeedPlanReader.ReadPlan(SeedFiles.VilhelminaPlan)));

    public static Plan Replay(IEnumerable<object> events) =>
        MartenFold.Fold<Plan>(null, events) ?? throw new InvalidOperationException("No plan was registered.");

    public static Plan? Evolve(Plan? plan, object @event) => MartenFold.Fold(plan, [@event]);
}
