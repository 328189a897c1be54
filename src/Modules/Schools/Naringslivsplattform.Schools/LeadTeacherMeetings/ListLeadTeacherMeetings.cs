using Ardalis.Specification;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.Specifications;
using Naringslivsplattform.Schools.Meetings;

namespace Naringslivsplattform.Schools.LeadTeacherMeetings;

/// <summary>A school's meetings with lead teachers (every school's when null), optionally only those planned from a day on, by day.</summary>
internal sealed class LeadTeacherMeetingsMatching : Specification<LeadTeacherMeeting>
{
    public LeadTeacherMeetingsMatching(Guid? schoolId, DateOnly? plannedFrom)
    {
        if (schoolId is { } id)
        {
            Query.Where(m => m.SchoolId == id);
        }

        if (plannedFrom is { } from)
        {
            Query.Where(m => m.Status == MeetingStatus.Planned && m.PlannedOn >= from);
        }

        Query.OrderBy(m => m.PlannedOn).ThenBy(m => m.Id).Take(ListLeadTeacherMeetings.Limit);
    }
}

internal sealed record LeadTeacherMeetingSummary(Guid Id, Guid SchoolId, string SchoolName, DateOnly Date, MeetingStatus Status);

/// <param name="PlannedFrom">Only meetings still planned on this day or later: the upcoming ones.</param>
internal sealed record ListLeadTeacherMeetings(Guid? SchoolId, DateOnly? PlannedFrom) : IQuery<IReadOnlyList<LeadTeacherMeetingSummary>>
{
    public const int Limit = 200;
}

internal sealed class ListLeadTeacherMeetingsHandler(IQuerySession session) : IQueryHandler<ListLeadTeacherMeetings, IReadOnlyList<LeadTeacherMeetingSummary>>
{
    public async ValueTask<IReadOnlyList<LeadTeacherMeetingSummary>> Handle(ListLeadTeacherMeetings query, CancellationToken cancellationToken)
    {
        var meetings = await session.Query<LeadTeacherMeeting>().WithSpecification(new LeadTeacherMeetingsMatching(query.SchoolId, query.PlannedFrom)).ToListAsync(cancellationToken);
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
