using Naringslivsplattform.BuildingBlocks.Specifications;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.Timeline;

internal sealed record TimelineResult(IReadOnlyList<TimelineEntry> Items, int Page, int PageSize, int TotalCount);

/// <summary>One page of a plan's timeline, filtered; 404 when there is no such plan, 400 when a filter is bad.</summary>
internal sealed record GetTimeline(Guid PlanId, TimelineRequest Request) : IQuery<Outcome<TimelineResult>>;

internal sealed class GetTimelineHandler(IQuerySession session) : IQueryHandler<GetTimeline, Outcome<TimelineResult>>
{
    public async ValueTask<Outcome<TimelineResult>> Handle(GetTimeline query, CancellationToken cancellationToken)
    {
        if (await session.LoadAsync<Plan>(query.PlanId, cancellationToken) is not { } plan)
        {
            return PlanStreams.Errors.NotFound;
        }

        var read = TimelineQueryRules.Read(plan, query.Request);
        if (read.Value is not { } timeline)
        {
            return read.Error!;
        }

        var paging = timeline.Paging;
        var matching = new TimelineEntriesMatching(plan.Id, timeline.Filter, paging.Descending, paging);
        var items = await session.Query<TimelineEntry>().WithSpecification(matching).ToListAsync(cancellationToken);
        var total = await session.Query<TimelineEntry>().WithSpecification(matching, criteriaOnly: true).CountAsync(cancellationToken);
        return new TimelineResult(items, paging.Page, paging.PageSize, total);
    }
}

internal static class GetTimelineEndpoint
{
    public static void Map(IEndpointRouteBuilder plans) =>
        plans.MapGet("/{planId:guid}/timeline", async Task<Results<Ok<TimelineResult>, ProblemHttpResult>> (
                Guid planId, [AsParameters] TimelineRequest request, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetTimeline(planId, request), ct)).ToResult())
            .WithName("GetTimeline")
            .WithSummary("Planens åtgärder i tidsordning")
            .WithDescription("Alla planerade och genomförda åtgärder i planen, sorterade på datum och rubrik. Filter: activity, category, kind, status, locality, from, to (ÅÅÅÅ-MM-DD); sidor med page och pageSize (1–100, 25 om inget anges); order=asc|desc.");
}
