using Naringslivsplattform.Clusters.Meetings;

namespace Naringslivsplattform.Clusters.Ui;

/// <summary>How the cluster pages say statuses, roles and attendees in Swedish, read the date pickers, and link to a follow-up.</summary>
internal static class ClusterUiTexts
{
    public static DateOnly? DateOf(DateTime? picked) => picked is { } value ? DateOnly.FromDateTime(value) : null;

    public static string StatusName(MeetingStatus status) => status switch
    {
        MeetingStatus.Declined => ClustersTexts.StatusDeclined,
        MeetingStatus.Scheduled => ClustersTexts.StatusScheduled,
        MeetingStatus.Held => ClustersTexts.StatusHeld,
        MeetingStatus.Cancelled => ClustersTexts.StatusCancelled,
        _ => ClustersTexts.StatusRequested,
    };

    public static string RoleName(AttendeeRole role) => role == AttendeeRole.Politician ? ClustersTexts.RolePolitician : ClustersTexts.RoleOfficial;

    /// <summary>"Anna Berg (tjänsteperson), Olle Ek (politiker)".</summary>
    public static string Attendees(IEnumerable<MeetingAttendee> attendees) => string.Join(", ", attendees.Select(a => $"{a.Name} ({RoleName(a.Role)})"));

    /// <summary>The follow-up form in the Companies module, prefilled with the company, the issue as its need and the meeting as its source.</summary>
    public static string FollowUpLink(Guid companyId, string issue, string source) =>
        $"uppfoljningar/ny?foretag={companyId}&rubrik={Uri.EscapeDataString(issue)}&kalla={Uri.EscapeDataString(source)}";
}
