using System.Globalization;
using Naringslivsplattform.BuildingBlocks.Reference;
using Naringslivsplattform.Clusters.Meetings;
using Naringslivsplattform.Clusters.Resources;

namespace Naringslivsplattform.Clusters;

/// <summary>Swedish formatting shared by the module's rules and pages.</summary>
internal static class ClusterTexts
{
    public static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static string Format(string template, params object?[] values) => string.Format(Swedish, template, values);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? DateOf(DateTime? picked) => picked is { } value ? DateOnly.FromDateTime(value) : null;

    /// <summary>An area's Swedish name; null (no locality) is the whole municipality.</summary>
    public static string AreaName(string? area) => area is null ? ClustersTexts.AreaWholeMunicipality : LocalityAreas.Name(area);

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
