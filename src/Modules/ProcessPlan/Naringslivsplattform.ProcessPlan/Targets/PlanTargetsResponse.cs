using Naringslivsplattform.BuildingBlocks.Writing;
using Naringslivsplattform.ProcessPlan.Browsing;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.Targets;

/// <summary>The plan's targets and the plan stream's version, which a change must send back in If-Match.</summary>
internal sealed record PlanTargetsResponse(Guid PlanId, long Version, IReadOnlyList<TargetResponse> Targets) : IVersionedResponse
{
    Guid IVersionedResponse.Id => PlanId;

    public static PlanTargetsResponse Of(Versioned<Plan> plan) => Of(plan.Value, plan.Version);

    public static PlanTargetsResponse Of(Plan plan, long version) =>
        new(plan.Id, version, [.. plan.Targets.OrderBy(t => t.ActivityCode).ThenBy(t => t.Key, StringComparer.Ordinal).Select(t => t.ToResponse())]);
}
