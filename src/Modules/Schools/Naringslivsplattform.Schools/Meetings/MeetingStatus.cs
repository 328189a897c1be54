namespace Naringslivsplattform.Schools.Meetings;

internal enum MeetingStatus
{
    Planned,
    Held,
    Cancelled,
}
