using Naringslivsplattform.BuildingBlocks.Specifications;
using Naringslivsplattform.Schools.Meetings;

namespace Naringslivsplattform.Schools.CouncilMeetings;

internal sealed record CouncilMeetingSummary(Guid Id, Guid CouncilId, string CouncilName, DateOnly Date, MeetingStatus Status);

/// <summary>A council's meetings (every council's when null) by day.</summary>
/// <param name="PlannedFrom">Only meetings still planned on this day or later: the upcoming ones.</param>
internal sealed record ListCouncilMeetings(Guid? CouncilId, DateOnly? PlannedFrom) : IQuery<IReadOnlyList<CouncilMeetingSummary>>;

internal sealed class ListCouncilMeetingsHandler(IQuerySession session) : IQueryHandler<ListCouncilMeetings, IReadOnlyList<CouncilMeetingSummary>>
{
    public async ValueTask<IReadOnlyList<CouncilMeetingSummary>> Handle(ListCouncilMeetings query, CancellationToken cancellationToken)
    {
        var matching = new SchoolMeetingsMatching<CouncilMeeting>(query.CouncilId is { } councilId ? m => m.CouncilId == councilId : null, query.PlannedFrom);
        var meetings = await session.Query<CouncilMeeting>().WithSpecification(matching).ToListAsync(cancellationToken);
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
