using Naringslivsplattform.BuildingBlocks.Time;

namespace Naringslivsplattform.ProcessPlan.Progress;

/// <summary>Progress against the plan's targets in a year, as it stands today; null when there is no such plan. Its endpoint also answers as of a day (TimeTravel).</summary>
internal sealed record GetPlanProgress(Guid PlanId, int Year) : IQuery<IReadOnlyList<TargetProgress>?>;

internal sealed class GetPlanProgressHandler(IQuerySession session, TimeProvider time) : IQueryHandler<GetPlanProgress, IReadOnlyList<TargetProgress>?>
{
    public async ValueTask<IReadOnlyList<TargetProgress>?> Handle(GetPlanProgress query, CancellationToken cancellationToken) =>
        await PlanFacts.LoadAsync(session, query.PlanId, query.Year, cancellationToken) is { } facts
            ? TargetProgressCalculation.Calculate(facts, query.Year, SwedishTime.Today(time))
            : null;
}
