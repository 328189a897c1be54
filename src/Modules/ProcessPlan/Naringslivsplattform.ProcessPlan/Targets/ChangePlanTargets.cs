using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.Targets;

/// <summary>A change to the plan's targets, based on the plan version the planner saw.</summary>
internal sealed record ChangePlanTargets(Guid PlanId, long ExpectedVersion, Func<Plan, Outcome<object[]>> Decide) : ICommand<Outcome<PlanTargetsResponse>>;

internal sealed class ChangePlanTargetsHandler(IDocumentSession session) : ICommandHandler<ChangePlanTargets, Outcome<PlanTargetsResponse>>
{
    public async ValueTask<Outcome<PlanTargetsResponse>> Handle(ChangePlanTargets command, CancellationToken cancellationToken)
    {
        var fetched = await session.FetchAtVersionAsync<Plan>(
            command.PlanId,
            command.ExpectedVersion,
            new DomainError("plan.not-found", ProcessPlanTexts.PlanNotFound, StatusCodes.Status404NotFound),
            new DomainError("plan.version-stale", ProcessPlanTexts.PlanVersionStale, StatusCodes.Status412PreconditionFailed),
            cancellationToken);
        if (fetched.Value is not { Aggregate: { } plan } stream)
        {
            return fetched.Error!;
        }

        var decision = command.Decide(plan);
        if (decision.Value is not { } changes)
        {
            return decision.Error!;
        }

        if (changes.Length == 0)
        {
            return PlanTargetsResponse.Of(plan, command.ExpectedVersion);
        }

        stream.AppendMany(changes);
        await session.SaveChangesAsync(cancellationToken);
        var changed = await session.Events.FetchLatest<Plan>(command.PlanId, cancellationToken);
        return PlanTargetsResponse.Of(changed!, command.ExpectedVersion + changes.Length);
    }
}

/// <summary>The plan's targets with the plan version; null when there is no such plan.</summary>
internal sealed record GetPlanTargets(Guid PlanId) : IQuery<PlanTargetsResponse?>;

internal sealed class GetPlanTargetsHandler(IQuerySession session) : IQueryHandler<GetPlanTargets, PlanTargetsResponse?>
{
    public async ValueTask<PlanTargetsResponse?> Handle(GetPlanTargets query, CancellationToken cancellationToken) =>
        await session.LoadWithVersionAsync<Plan>(query.PlanId, cancellationToken) is var (plan, version)
            ? PlanTargetsResponse.Of(plan, version)
            : null;
}
