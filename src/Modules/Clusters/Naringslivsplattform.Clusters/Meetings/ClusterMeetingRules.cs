using Naringslivsplattform.BuildingBlocks.Texts;
using Naringslivsplattform.Clusters.MicroClusters;
using Naringslivsplattform.Clusters.Reference;
using Naringslivsplattform.Companies.Contracts;

namespace Naringslivsplattform.Clusters.Meetings;

/// <summary>Why a request is declined, or a scheduled meeting cancelled.</summary>
internal sealed record ReasonRequest(string? Reason);

/// <summary>
/// The rules of a meeting on a cluster's request. Pure: (state, request, today, what the reference lists, the cluster
/// and the company register say) → the event to append, or why nothing may be appended. Limits are in docs/clusters.md.
/// </summary>
internal static class ClusterMeetingRules
{
    public const int MaxNameLength = 100;
    public const int MaxTextLength = 4000;
    public const int MaxReasonLength = 500;
    public const int MaxAttendees = 30;
    public const int MaxIssues = 50;

    /// <summary>How far ahead a meeting can be scheduled.</summary>
    public const int MaxYearsAhead = 3;

    /// <param name="cluster">The cluster named; null when there is none.</param>
    public static Outcome<ClusterMeetingRequested> Request(Guid meetingId, RequestMeetingRequest request, MicroCluster? cluster, DateOnly today)
    {
        if (cluster is null)
        {
            return new DomainError("cluster-meeting.unknown-cluster", ClustersTexts.MeetingUnknownCluster);
        }

        if (request.ReceivedOn is not { Year: >= 2000 } receivedOn || receivedOn > today)
        {
            return new DomainError("cluster-meeting.received-on-invalid", ClustersTexts.MeetingReceivedOnInvalid);
        }

        var wish = request.Wish?.Trim() ?? "";
        if (wish.Length is 0 or > MaxTextLength)
        {
            return new DomainError("cluster-meeting.wish-required", SwedishFormat.Format(ClustersTexts.MeetingWishRequired, MaxTextLength));
        }

        var requestedBy = request.RequestedBy?.Trim() ?? "";
        return requestedBy.Length is 0 or > MaxNameLength
            ? new DomainError("cluster-meeting.requested-by-required", SwedishFormat.Format(ClustersTexts.MeetingRequestedByRequired, MaxNameLength))
            : new ClusterMeetingRequested(meetingId, cluster.Id, cluster.Name, receivedOn, wish, requestedBy);
    }

    public static Outcome<ClusterMeetingDeclined> Decline(ClusterMeeting meeting, ReasonRequest request)
    {
        if (meeting.Status != MeetingStatus.Requested)
        {
            return meeting.Status == MeetingStatus.Declined
                ? AlreadyDeclined
                : new DomainError("cluster-meeting.decline-after-scheduling", ClustersTexts.MeetingDeclineAfterScheduling, StatusCodes.Status409Conflict);
        }

        var reason = CheckReason(request);
        return reason.Value is { } valid ? new ClusterMeetingDeclined(meeting.Id, valid) : reason.Error!;
    }

    /// <param name="planId">The plan whose activity 1.2 covers the day, if any.</param>
    public static Outcome<ClusterMeetingScheduled> Schedule(ClusterMeeting meeting, ScheduleMeetingRequest request, MunicipalityReference reference, Guid? planId, DateOnly today)
    {
        if (meeting.Status != MeetingStatus.Requested)
        {
            return meeting.Status == MeetingStatus.Declined
                ? AlreadyDeclined
                : new DomainError("cluster-meeting.already-scheduled", ClustersTexts.MeetingAlreadyScheduled, StatusCodes.Status409Conflict);
        }

        if (CheckDay(meeting, request.ScheduledOn, today) is { } dayError)
        {
            return dayError;
        }

        if (reference.FindLocality(request.Locality) is not { } locality)
        {
            return new DomainError("cluster-meeting.unknown-locality", ClustersTexts.MeetingUnknownLocality);
        }

        var responsible = request.Responsible?.Trim() ?? "";
        if (responsible.Length is 0 or > MaxNameLength)
        {
            return new DomainError("cluster-meeting.responsible-required", SwedishFormat.Format(ClustersTexts.MeetingResponsibleRequired, MaxNameLength));
        }

        var place = TextInput.TrimmedOrNull(request.Place);
        return place is { Length: > MaxNameLength * 2 }
            ? new DomainError("cluster-meeting.place-too-long", SwedishFormat.Format(ClustersTexts.MeetingPlaceTooLong, MaxNameLength * 2))
            : new ClusterMeetingScheduled(meeting.Id, meeting.ClusterId, meeting.ClusterName, planId, request.ScheduledOn!.Value, place, locality.Name, locality.Area, responsible);
    }

    public static Outcome<ClusterMeetingRescheduled> Reschedule(ClusterMeeting meeting, RescheduleMeetingRequest request, DateOnly today)
    {
        if ((MustBeScheduled(meeting) ?? CheckDay(meeting, request.ScheduledOn, today)) is { } error)
        {
            return error;
        }

        var reason = TextInput.TrimmedOrNull(request.Reason);
        return reason is { Length: > MaxReasonLength }
            ? new DomainError("cluster-meeting.reason-too-long", SwedishFormat.Format(ClustersTexts.MeetingReasonTooLong, MaxReasonLength))
            : new ClusterMeetingRescheduled(meeting.Id, request.ScheduledOn!.Value, reason);
    }

    /// <param name="registered">The companies the request names that the register knows.</param>
    public static Outcome<ClusterMeetingHeld> Hold(ClusterMeeting meeting, HoldMeetingRequest request, IReadOnlyList<CompanyReference> registered, DateOnly today)
    {
        if (MustBeScheduled(meeting) is { } stateError)
        {
            return stateError;
        }

        if (CheckHeldOn(meeting, request.HeldOn, today) is { } dayError)
        {
            return dayError;
        }

        var attendees = CheckAttendees(request.Attendees);
        if (attendees.Value is not { } validAttendees)
        {
            return attendees.Error!;
        }

        var known = registered.ToDictionary(c => c.Id);
        if (request.NamedCompanies.Any(id => !known.ContainsKey(id)))
        {
            return new DomainError("cluster-meeting.unknown-company", ClustersTexts.MeetingUnknownCompany);
        }

        var issues = CheckIssues(request.Issues, known);
        if (issues.Value is not { } validIssues)
        {
            return issues.Error!;
        }

        var notes = TextInput.TrimmedOrNull(request.Notes);
        return notes is { Length: > MaxTextLength }
            ? new DomainError("cluster-meeting.notes-too-long", SwedishFormat.Format(ClustersTexts.MeetingNotesTooLong, MaxTextLength))
            : new ClusterMeetingHeld(meeting.Id, request.HeldOn!.Value, notes, validAttendees,
                [.. (request.CompanyIds ?? []).Distinct().Select(id => new ClusterMember(id, known[id].Name))], validIssues);
    }

    public static Outcome<ClusterMeetingCancelled> Cancel(ClusterMeeting meeting, ReasonRequest request)
    {
        if (MustBeScheduled(meeting) is { } stateError)
        {
            return stateError;
        }

        var reason = CheckReason(request);
        return reason.Value is { } valid ? new ClusterMeetingCancelled(meeting.Id, valid) : reason.Error!;
    }

    private static readonly DomainError AlreadyDeclined =
        new("cluster-meeting.already-declined", ClustersTexts.MeetingAlreadyDeclined, StatusCodes.Status409Conflict);

    private static DomainError? MustBeScheduled(ClusterMeeting meeting) => meeting.Status switch
    {
        MeetingStatus.Scheduled => null,
        MeetingStatus.Held => new DomainError("cluster-meeting.already-held", ClustersTexts.MeetingAlreadyHeld, StatusCodes.Status409Conflict),
        MeetingStatus.Cancelled => new DomainError("cluster-meeting.already-cancelled", ClustersTexts.MeetingAlreadyCancelled, StatusCodes.Status409Conflict),
        _ => new DomainError("cluster-meeting.not-scheduled", ClustersTexts.MeetingNotScheduled, StatusCodes.Status409Conflict),
    };

    /// <summary>A meeting is scheduled no earlier than the request came in, and at most a few years ahead.</summary>
    private static DomainError? CheckDay(ClusterMeeting meeting, DateOnly? day, DateOnly today) =>
        day is { } value && value >= meeting.ReceivedOn && value <= today.AddYears(MaxYearsAhead)
            ? null
            : new DomainError("cluster-meeting.scheduled-on-invalid", SwedishFormat.Format(ClustersTexts.MeetingScheduledOnInvalid, SwedishFormat.Day(meeting.ReceivedOn), MaxYearsAhead));

    private static DomainError? CheckHeldOn(ClusterMeeting meeting, DateOnly? heldOn, DateOnly today) => heldOn switch
    {
        null => new DomainError("cluster-meeting.held-on-required", ClustersTexts.MeetingHeldOnRequired),
        { } day when day < meeting.ReceivedOn =>
            new DomainError("cluster-meeting.held-before-request", SwedishFormat.Format(ClustersTexts.MeetingHeldBeforeRequest, SwedishFormat.Day(meeting.ReceivedOn))),
        { } day when day > today => new DomainError("cluster-meeting.held-in-future", ClustersTexts.MeetingHeldInFuture),
        _ => null,
    };

    private static Outcome<IReadOnlyList<MeetingAttendee>> CheckAttendees(IReadOnlyList<AttendeeRequest>? requested)
    {
        if (requested is not { Count: > 0 and <= MaxAttendees })
        {
            return new DomainError("cluster-meeting.attendees-required", SwedishFormat.Format(ClustersTexts.MeetingAttendeesRequired, MaxAttendees));
        }

        var attendees = new List<MeetingAttendee>();
        foreach (var attendee in requested)
        {
            var name = attendee.Name?.Trim() ?? "";
            if (name.Length is 0 or > MaxNameLength
                || !Enum.TryParse<AttendeeRole>(attendee.Role?.Trim(), ignoreCase: true, out var role) || !Enum.IsDefined(role))
            {
                return new DomainError("cluster-meeting.attendee-invalid", SwedishFormat.Format(ClustersTexts.MeetingAttendeeInvalid, MaxNameLength));
            }

            attendees.Add(new MeetingAttendee(name, role));
        }

        return attendees;
    }

    private static Outcome<IReadOnlyList<RaisedIssue>> CheckIssues(IReadOnlyList<IssueRequest>? requested, Dictionary<Guid, CompanyReference> known)
    {
        if (requested is { Count: > MaxIssues })
        {
            return new DomainError("cluster-meeting.too-many-issues", SwedishFormat.Format(ClustersTexts.MeetingTooManyIssues, MaxIssues));
        }

        var issues = new List<RaisedIssue>();
        foreach (var issue in requested ?? [])
        {
            var text = issue.Text?.Trim() ?? "";
            if (text.Length is 0 or > MaxTextLength)
            {
                return new DomainError("cluster-meeting.issue-text-required", SwedishFormat.Format(ClustersTexts.MeetingIssueTextRequired, MaxTextLength));
            }

            issues.Add(new RaisedIssue(text, issue.CompanyId, issue.CompanyId is { } id ? known[id].Name : null));
        }

        return issues;
    }

    private static Outcome<string> CheckReason(ReasonRequest request)
    {
        var reason = request.Reason?.Trim() ?? "";
        return reason.Length is 0 or > MaxReasonLength
            ? new DomainError("cluster-meeting.reason-required", SwedishFormat.Format(ClustersTexts.MeetingReasonRequired, MaxReasonLength))
            : reason;
    }
}
