using Ardalis.Specification;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.Specifications;
using Naringslivsplattform.Schools.Meetings;

namespace Naringslivsplattform.Schools.CouncilMeetings;

/// <summary>A council's meetings (every council's when null), optionally only those planned from a day on, by day.</summary>
internal sealed class CouncilMeetingsMatching : Specification<CouncilMeeting>
{
    public CouncilMeetingsMatching(Guid? councilId, DateOnly? plannedFrom)
    {
        if (councilId is { } id)
        {
            Query.Where(m => m.CouncilId == id);
        }

        if (plannedFrom is { } from)
        {
            Query.Where(m => m.Status == MeetingStatus.Planned && m.PlannedOn >= from);
        }

        Query.OrderBy(m => m.PlannedOn).ThenBy(m => m.Id).Take(ListCouncilMeetings.Limit);
    }
}

internal sealed record CouncilMeetingSummary(Guid Id, Guid CouncilId, string CouncilName, DateOnly Date, MeetingStatus Status);

/// <param name="PlannedFrom">Only meetings still planned on this day or later: the upcoming ones.</param>
internal sealed record ListCouncilMeetings(Guid? CouncilId, DateOnly? PlannedFrom) : IQuery<IReadOnlyList<CouncilMeetingSummary>>
{
    public const int Limit = 200;
}

internal sealed class ListCouncilMeetingsHandler(IQuerySession session) : IQueryHandler<ListCouncilMeetings, IReadOnlyList<CouncilMeetingSummary>>
{
    public async ValueTask<IReadOnlyList<CouncilMeetingSummary>> Handle(ListCouncilMeetings query, CancellationToken cancellationToken)
    {
        var meetings = await session.Query<CouncilMeeting>().WithSpecification(new CouncilMeetingsMatching(query.CouncilId, query.PlannedFrom)).ToListAsync(cancellationToken);
        return [.. meetings.Select(m => new CouncilMeetingSummary(m.Id, m.CouncilId, m.CouncilName, m.Date, m.Status))];
    }
}

internal static class ListCouncilMeetingsEndpoint
{
    public static void Map(IEndpointRouteBuilder meetings) =>
        meetings.MapGet("/", async (Guid? industryCouncilId, DateOnly? plannedFrom, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListCouncilMeetings(industryCouncilId, plannedFrom), ct)))
            .WithName("ListIndustryCouncilMeetings")
            .WithSummary("Branschrådsmöten")
            .WithDescription("Branschrådsmöten efter dag, högst 200. Filter: industryCouncilId, plannedFrom (yyyy-MM-dd: bara planerade möten från den dagen, de kommande).");
}
