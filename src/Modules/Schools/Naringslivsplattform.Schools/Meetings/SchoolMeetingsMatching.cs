using System.Linq.Expressions;
using Ardalis.Specification;

namespace Naringslivsplattform.Schools.Meetings;

/// <summary>What both kinds of school meeting are listed by.</summary>
internal interface ISchoolMeeting
{
    Guid Id { get; }

    DateOnly PlannedOn { get; }

    MeetingStatus Status { get; }
}

/// <summary>
/// Meetings of one kind, of one council or school (<paramref name="of"/>; every one's when null), optionally only those
/// still planned on a day or later (the upcoming ones), by day: at most <see cref="Limit"/>.
/// </summary>
internal sealed class SchoolMeetingsMatching<TMeeting> : Specification<TMeeting>
    where TMeeting : ISchoolMeeting
{
    public const int Limit = 200;

    public SchoolMeetingsMatching(Expression<Func<TMeeting, bool>>? of, DateOnly? plannedFrom)
    {
        if (of is not null)
        {
            Query.Where(of);
        }

        if (plannedFrom is { } from)
        {
            Query.Where(m => m.Status == MeetingStatus.Planned && m.PlannedOn >= from);
        }

        Query.OrderBy(m => m.PlannedOn).ThenBy(m => m.Id).Take(Limit);
    }
}
