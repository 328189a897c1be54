namespace Naringslivsplattform.ProcessPlan.Plans;

// Facts about a plan stream. Shipped events are never edited: a new shape is a new event type or an upcaster.

internal sealed record ProcessPlanRegistered(Guid PlanId, PlanHeader Header);

internal sealed record ProcessPlanHeaderRevised(Guid PlanId, PlanHeader Header);

internal sealed record MeasureAdded(Guid PlanId, Measure Measure);

internal sealed record MeasureReworded(Guid PlanId, Measure Measure);

internal sealed record MeasureWithdrawn(Guid PlanId, int Number);

internal sealed record PlanCategoryAdded(Guid PlanId, PlanCategory Category);

internal sealed record PlanCategoryRevised(Guid PlanId, PlanCategory Category);

internal sealed record PlanCategoryWithdrawn(Guid PlanId, int Number);

internal sealed record PlanActivityAdded(Guid PlanId, PlanActivity Activity);

internal sealed record PlanActivityRevised(Guid PlanId, PlanActivity Activity);

internal sealed record PlanActivityWithdrawn(Guid PlanId, ActivityCode Code);

internal sealed record TargetSet(Guid PlanId, Target Target);

internal sealed record TargetWithdrawn(Guid PlanId, string TargetKey);

internal sealed record PlanClustersNamed(Guid PlanId, IReadOnlyList<NamedCluster> Clusters);

/// <summary>The seed file's content as imported, so the next import can tell the seed's changes from the planners'.</summary>
internal sealed record PlanSeedImported(Guid PlanId, PlanDefinition Seed);

internal static class PlanEventTypes
{
    public static readonly Type[] All =
    [
        typeof(ProcessPlanRegistered), typeof(ProcessPlanHeaderRevised),
        typeof(MeasureAdded), typeof(MeasureReworded), typeof(MeasureWithdrawn),
        typeof(PlanCategoryAdded), typeof(PlanCategoryRevised), typeof(PlanCategoryWithdrawn),
        typeof(PlanActivityAdded), typeof(PlanActivityRevised), typeof(PlanActivityWithdrawn),
        typeof(TargetSet), typeof(TargetWithdrawn), typeof(PlanClustersNamed), typeof(PlanSeedImported),
    ];
}
