using Naringslivsplattform.BuildingBlocks.PlanContributions;
using Naringslivsplattform.BuildingBlocks.Texts;

namespace Naringslivsplattform.Schools.CouncilMeetings;

/// <summary>
/// An industry-council meeting is planned. It serves activity 2.1 of the plan covering its day, and says so through the
/// plan contribution contract, so the process plan's timeline and progress count it without this module writing their streams.
/// </summary>
/// <param name="CouncilName">The council's name when the meeting was planned, for the timeline's title.</param>
internal sealed record CouncilMeetingPlanned(Guid MeetingId, Guid CouncilId, string CouncilName, Guid? PlanId, DateOnly PlannedOn, string Responsible, string? Agenda)
    : IPlanContributionPlanned
{
    /// <summary>Samverkan med skolan: branschråd och förstelärare.</summary>
    public const string ServedActivity = "2.1";

    Guid IPlanContribution.ContributionId => MeetingId;

    string IPlanContributionPlanned.ActivityCode => ServedActivity;

    string IPlanContributionPlanned.Kind => ContributionKinds.IndustryCouncilMeeting;

    string IPlanContributionPlanned.Title => SwedishFormat.Format(SchoolsTexts.CouncilMeetingTimelineTitle, CouncilName);

    string? IPlanContributionPlanned.Locality => null;

    string IPlanContributionPlanned.Responsible => Responsible;

    string IPlanContributionPlanned.Link => $"skolor/branschradsmoten/{MeetingId}";
}

internal sealed record CouncilMeetingRescheduled(Guid MeetingId, DateOnly PlannedOn, string? Reason) : IPlanContributionRescheduled
{
    Guid IPlanContribution.ContributionId => MeetingId;
}

/// <summary>The meeting took place: which member companies came, who attended (personal data) and what was noted.</summary>
internal sealed record CouncilMeetingHeld(Guid MeetingId, DateOnly HeldOn, string? Notes, IReadOnlyList<AttendingCompany> AttendingCompanies, IReadOnlyList<string> Attendees)
    : IPlanContributionHeld
{
    Guid IPlanContribution.ContributionId => MeetingId;
}

internal sealed record CouncilMeetingCancelled(Guid MeetingId, string Reason) : IPlanContributionCancelled
{
    Guid IPlanContribution.ContributionId => MeetingId;
}

internal static class CouncilMeetingEventTypes
{
    public static readonly Type[] All = [typeof(CouncilMeetingPlanned), typeof(CouncilMeetingRescheduled), typeof(CouncilMeetingHeld), typeof(CouncilMeetingCancelled)];
}
