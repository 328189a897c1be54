using Naringslivsplattform.ProcessPlan.Importing;
using Naringslivsplattform.ProcessPlan.Plans;
using Naringslivsplattform.TestSupport;

namespace Naringslivsplattform.ProcessPlan.Tests;

/// <summary>Folds events into a plan with Marten's aggregator, as the event store does, for given-events tests without a database.</summary>
internal static class PlanEvolution
{
    /// <summary>The module's store as the Host configures it, folding in memory.</summary>
    public static MartenFold ProcessPlanFold { get; } = new(new ProcessPlanModule());

    /// <summary>Vilhelmina's plan as the repository's seed imports it.</summary>
    public static Plan Vilhelmina { get; } = Replay(
        PlanImportRules.Decide(null, PlanIdentity.For("2462", "processplan-2023-2024"), SeedPlanReader.ReadPlan(SeedFiles.VilhelminaPlan)));

    public static Plan Replay(IEnumerable<object> events) =>
        ProcessPlanFold.Fold<Plan>(null, events) ?? throw new InvalidOperationException("No plan was registered.");

    public static Plan? Evolve(Plan? plan, object @event) => ProcessPlanFold.Fold(plan, [@event]);
}
