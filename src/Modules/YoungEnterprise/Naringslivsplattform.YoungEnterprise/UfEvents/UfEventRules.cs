using Naringslivsplattform.BuildingBlocks.PlanContributions;
using Naringslivsplattform.BuildingBlocks.Texts;
using Naringslivsplattform.Schools.Contracts;

namespace Naringslivsplattform.YoungEnterprise.UfEvents;

/// <summary>
/// The rules of a UF event. Pure: (state, request, today, what the school register and the UF companies say) → the event
/// to append, or why nothing may be appended. Limits are documented in docs/young-enterprise.md.
/// </summary>
internal static class UfEventRules
{
    public const int MaxTitleLength = 200;
    public const int MaxNameLength = 100;
    public const int MaxTextLength = 4000;
    public const int MaxReasonLength = 500;

    /// <summary>No UF event in a municipality gathers more; a larger number is a typing error.</summary>
    public const int MaxCount = 10_000;

    /// <summary>How far ahead an event can be planned.</summary>
    public const int MaxYearsAhead = 3;

    /// <param name="school">The school named, when it is in the school register.</param>
    public static Outcome<UfEventPlanned> Plan(Guid ufEventId, PlanUfEventRequest request, SchoolReference? school, Guid? planId, DateOnly today)
    {
        if (UfEventKinds.Find(request.Kind) is not { } kind)
        {
            return new DomainError("uf-event.kind-invalid", YoungEnterpriseTexts.UfEventKindInvalid);
        }

        if (CheckDay(request.PlannedOn, today) is { } dayError)
        {
            return dayError;
        }

        if (CheckSchool(kind, request.SchoolId, school) is { } schoolError)
        {
            return schoolError;
        }

        var responsible = request.Responsible?.Trim() ?? "";
        if (responsible.Length is 0 or > MaxNameLength)
        {
            return new DomainError("uf-event.responsible-required", SwedishFormat.Format(YoungEnterpriseTexts.UfEventResponsibleRequired, MaxNameLength));
        }

        var error = CheckText(request.Title, MaxTitleLength, "uf-event.title-too-long")
                    ?? CheckText(request.Locality, MaxNameLength, "uf-event.locality-too-long")
                    ?? CheckText(request.Description, MaxTextLength, "uf-event.description-too-long");
        return error is not null
            ? error
            : new UfEventPlanned(ufEventId, kind, TextInput.TrimmedOrNull(request.Title) ?? DefaultTitle(kind, school), school?.Id, school?.Name, planId, request.PlannedOn!.Value,
                TextInput.TrimmedOrNull(request.Locality), responsible, TextInput.TrimmedOrNull(request.Description));
    }

    public static Outcome<UfEventRescheduled> Reschedule(UfEvent ufEvent, RescheduleUfEventRequest request, DateOnly today)
    {
        var error = MustBePlanned(ufEvent) ?? CheckDay(request.PlannedOn, today) ?? CheckText(request.Reason, MaxReasonLength, "uf-event.reason-too-long");
        return error is not null ? error : new UfEventRescheduled(ufEvent.Id, request.PlannedOn!.Value, TextInput.TrimmedOrNull(request.Reason));
    }

    /// <param name="registered">Those of the request's UF companies that are registered.</param>
    public static Outcome<UfEventHeld> Hold(UfEvent ufEvent, HoldUfEventRequest request, IReadOnlySet<Guid> registered, DateOnly today)
    {
        if (MustBePlanned(ufEvent) is { } stateError)
        {
            return stateError;
        }

        if (request.HeldOn is not { } heldOn)
        {
            return new DomainError("uf-event.held-on-required", YoungEnterpriseTexts.UfEventHeldOnRequired);
        }

        if (heldOn > today)
        {
            return new DomainError("uf-event.held-on-in-future", YoungEnterpriseTexts.UfEventHeldOnInFuture);
        }

        if (new[] { request.Students, request.Classes, request.Visitors }.Any(count => count is < 0 or > MaxCount))
        {
            return new DomainError("uf-event.count-invalid", SwedishFormat.Format(YoungEnterpriseTexts.UfEventCountInvalid, MaxCount));
        }

        var companies = (request.StudentCompanyIds ?? []).Distinct().ToList();
        if (companies.Any(id => !registered.Contains(id)))
        {
            return new DomainError("uf-event.unknown-student-company", YoungEnterpriseTexts.UfEventUnknownStudentCompany);
        }

        return CheckText(request.Notes, MaxTextLength, "uf-event.notes-too-long") is { } notesError
            ? notesError
            : new UfEventHeld(ufEvent.Id, heldOn, new UfParticipation(request.Students ?? 0, request.Classes ?? 0, companies, request.Visitors ?? 0), TextInput.TrimmedOrNull(request.Notes));
    }

    public static Outcome<UfEventCancelled> Cancel(UfEvent ufEvent, CancelUfEventRequest request)
    {
        if (MustBePlanned(ufEvent) is { } stateError)
        {
            return stateError;
        }

        var reason = request.Reason?.Trim() ?? "";
        return reason.Length is 0 or > MaxReasonLength
            ? new DomainError("uf-event.cancel-reason-required", SwedishFormat.Format(YoungEnterpriseTexts.UfEventCancelReasonRequired, MaxReasonLength))
            : new UfEventCancelled(ufEvent.Id, reason);
    }

    /// <summary>"UF-dag i grundskolan: Parkskolan", or the kind's name alone when the event is at no one school.</summary>
    public static string DefaultTitle(string kind, SchoolReference? school) =>
        school is null ? UfEventKinds.Name(kind) : SwedishFormat.Format(YoungEnterpriseTexts.UfEventDefaultTitle, UfEventKinds.Name(kind), school.Name);

    /// <summary>
    /// The school, when one is named, must be in the register; a school visit at the upper-secondary school needs an
    /// upper-secondary school, and the primary-school UF day, when it names a school, a primary school.
    /// </summary>
    private static DomainError? CheckSchool(string kind, Guid? schoolId, SchoolReference? school)
    {
        if (schoolId is not null && school is null)
        {
            return new DomainError("uf-event.unknown-school", YoungEnterpriseTexts.UfEventUnknownSchool);
        }

        var level = kind switch
        {
            ContributionKinds.UpperSecondarySchoolVisit => SchoolLevel.UpperSecondary,
            ContributionKinds.PrimarySchoolUfDay => SchoolLevel.Primary,
            _ => (SchoolLevel?)null,
        };
        if (kind == ContributionKinds.UpperSecondarySchoolVisit && school is null)
        {
            return new DomainError("uf-event.school-required", YoungEnterpriseTexts.UfEventSchoolRequired);
        }

        return school is not null && level is { } required && school.Level != required
            ? new DomainError("uf-event.school-level-mismatch", YoungEnterpriseTexts.UfEventSchoolLevelMismatch)
            : null;
    }

    private static DomainError? MustBePlanned(UfEvent ufEvent) => ufEvent.Status switch
    {
        UfEventStatus.Held => new DomainError("uf-event.already-held", YoungEnterpriseTexts.UfEventAlreadyHeld, StatusCodes.Status409Conflict),
        UfEventStatus.Cancelled => new DomainError("uf-event.already-cancelled", YoungEnterpriseTexts.UfEventAlreadyCancelled, StatusCodes.Status409Conflict),
        _ => null,
    };

    private static DomainError? CheckDay(DateOnly? day, DateOnly today) =>
        day is { } value && value.Year >= 2000 && value <= today.AddYears(MaxYearsAhead)
            ? null
            : new DomainError("uf-event.planned-on-invalid", SwedishFormat.Format(YoungEnterpriseTexts.UfEventPlannedOnInvalid, MaxYearsAhead));

    private static DomainError? CheckText(string? text, int maxLength, string code) =>
        TextInput.Optional(TextInput.TrimmedOrNull(text), maxLength, new DomainError(code, SwedishFormat.Format(YoungEnterpriseTexts.UfEventTextTooLong, maxLength)));
}
