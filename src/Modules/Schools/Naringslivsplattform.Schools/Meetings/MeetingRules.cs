using Naringslivsplattform.BuildingBlocks.Texts;

namespace Naringslivsplattform.Schools.Meetings;

internal sealed record RescheduleMeetingRequest(DateOnly? PlannedOn, string? Reason);

internal sealed record CancelMeetingRequest(string? Reason);

/// <summary>
/// What both kinds of school meeting (industry-council meetings and meetings with lead teachers) check the same way.
/// Each kind's codes start with its own prefix, e.g. <c>council-meeting.held-on-in-future</c>.
/// </summary>
internal static class MeetingRules
{
    public const int MaxTextLength = 4000;
    public const int MaxNameLength = 200;
    public const int MaxNames = 50;

    /// <summary>Held and cancelled meetings are settled; only a planned one may change.</summary>
    public static DomainError? Settled(string prefix, MeetingStatus status) => status switch
    {
        MeetingStatus.Held => new($"{prefix}.already-held", SchoolsTexts.MeetingAlreadyHeld, StatusCodes.Status409Conflict),
        MeetingStatus.Cancelled => new($"{prefix}.already-cancelled", SchoolsTexts.MeetingAlreadyCancelled, StatusCodes.Status409Conflict),
        _ => null,
    };

    public static Outcome<DateOnly> Day(string prefix, DateOnly? day) =>
        day is { } value ? value : new DomainError($"{prefix}.day-required", SchoolsTexts.MeetingDayRequired);

    /// <summary>A meeting is reported as held on a day that has come.</summary>
    public static Outcome<DateOnly> HeldOn(string prefix, DateOnly? day, DateOnly today) =>
        day switch
        {
            null => new DomainError($"{prefix}.day-required", SchoolsTexts.MeetingDayRequired),
            { } value when value > today => new DomainError($"{prefix}.held-on-in-future", SchoolsTexts.MeetingHeldOnInFuture),
            { } value => value,
        };

    /// <summary>A planned meeting is cancelled for a reason.</summary>
    public static Outcome<string> CancelReason(string prefix, MeetingStatus status, CancelMeetingRequest request) =>
        Settled(prefix, status) is { } settled ? settled
        : TextInput.TrimmedOrNull(request.Reason) is { Length: <= MaxTextLength } text ? text
        : new DomainError($"{prefix}.reason-required", SwedishFormat.Format(SchoolsTexts.MeetingReasonRequired, MaxTextLength));

    /// <returns>The text trimmed (null when blank); an error when it is too long.</returns>
    public static Outcome<string?> Notes(string prefix, string? notes) =>
        TextInput.TrimmedOrNull(notes) is { Length: > MaxTextLength }
            ? new DomainError($"{prefix}.text-too-long", SwedishFormat.Format(SchoolsTexts.MeetingTextTooLong, MaxTextLength))
            : new Outcome<string?>(TextInput.TrimmedOrNull(notes));

    /// <summary>
    /// Names of people (personal data) or short texts: the non-blank ones trimmed, each once, in the order given; at most
    /// <see cref="MaxNames"/>, each at most <see cref="MaxNameLength"/> characters.
    /// </summary>
    public static Outcome<IReadOnlyList<string>> Names(string prefix, IReadOnlyList<string?>? names)
    {
        IReadOnlyList<string> list = [.. (names ?? []).Select(TextInput.TrimmedOrNull).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)];
        return list.Count > MaxNames || list.Any(n => n.Length > MaxNameLength)
            ? new DomainError($"{prefix}.names-invalid", SwedishFormat.Format(SchoolsTexts.MeetingNamesInvalid, MaxNames, MaxNameLength))
            : new Outcome<IReadOnlyList<string>>(list);
    }

    /// <summary>Who answers for the meeting on the timeline: the one named, else the user planning it.</summary>
    public static Outcome<string> Responsible(string prefix, string? responsible, string userName) =>
        (TextInput.TrimmedOrNull(responsible) ?? userName) is { Length: <= MaxNameLength } name
            ? name
            : new DomainError($"{prefix}.responsible-invalid", SwedishFormat.Format(SchoolsTexts.MeetingResponsibleInvalid, MaxNameLength));
}
