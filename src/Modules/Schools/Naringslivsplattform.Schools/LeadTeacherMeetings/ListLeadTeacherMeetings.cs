using Naringslivsplattform.BuildingBlocks.Specifications;
using Naringslivsplattform.Schools.Meetings;

namespace Naringslivsplattform.Schools.LeadTeacherMeetings;

internal sealed record LeadTeacherMeetingSummary(Guid Id, Guid SchoolId, string SchoolName, DateOnly Date, MeetingStatus Status);

/// <summary>A school's meetings with lead teachers (every school's when null) by day.</summary>
/// <param name="PlannedFrom">Only meetings still planned on this day or later: the upcoming ones.</param>
internal sealed record ListLeadTeacherMeetings(Guid? SchoolId, DateOnly? PlannedFrom) : IQuery<IReadOnlyList<LeadTeacherMeetingSummary>>;

internal sealed class ListLeadTeacherMeetingsHandler(IQuerySession session) : IQueryHandler<ListLeadTeacherMeetings, IReadOnlyList<LeadTeacherMeetingSummary>>
{
    public async ValueTask<IReadOnlyList<LeadTeacherMeetingSummary>> Handle(ListLeadTeacherMeetings query, CancellationToken cancellationToken)
    {
        var matching = new SchoolMeetingsMatching<LeadTeacherMeeting>(query.SchoolId is { } schoolId ? m => m.SchoolId == schoolId : null, query.PlannedFrom);
        var meetings = await session.Query<LeadTeacherMeeting>().WithSpecification(matching).ToListAsync(cancellationToken);
        return [.. meetings.Select(m => new LeadTeacherMeetingSummary(m.Id, m.SchoolId, m.SchoolName, m.Date, m.Status))];
    }
}

internal static class ListLeadTeacherMeetingsEndpoint
{
    public static void Map(IEndpointRouteBuilder meetings) =>
        meetings.MapGet("/", async (Guid? schoolId, DateOnly? plannedFrom, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListLeadTeacherMeetings(schoolId, plannedFrom), ct)))
            .WithName("ListLeadTeacherMeetings")
            .WithSummary("Möten med förstelärare")
            .WithDescription("Möten med förstelärare efter dag, högst 200. Filter: schoolId, plannedFrom (yyyy-MM-dd: bara planerade möten från den dagen, de kommande).");
}
