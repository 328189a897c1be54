using Ardalis.Specification;
using Naringslivsplattform.BuildingBlocks.Specifications;
using Naringslivsplattform.YoungEnterprise.Filtering;
using Naringslivsplattform.YoungEnterprise.SchoolYears;

namespace Naringslivsplattform.YoungEnterprise.UfEvents;

/// <summary>Filters checked; null means "any". <paramref name="SchoolYear"/> keeps events whose day falls in it.</summary>
internal sealed record UfEventFilter(SchoolYear? SchoolYear = null, Guid? SchoolId = null, string? Kind = null, UfEventStatus? Status = null);

internal sealed record UfEventSummary(Guid Id, string Kind, string Title, Guid? SchoolId, string? SchoolName, DateOnly Date, UfEventStatus Status, UfParticipation Participation);

/// <param name="Total">How many match; at most <see cref="ListUfEvents.MaxItems"/> are listed.</param>
internal sealed record UfEventList(IReadOnlyList<UfEventSummary> Items, int Total);

/// <summary>UF events matching a filter, in the order of their days.</summary>
internal sealed class UfEventsMatching : Specification<UfEvent>
{
    public UfEventsMatching(UfEventFilter filter)
    {
        if (filter.SchoolYear is { } year)
        {
            var (from, to) = (year.Starts, year.Ends);
            Query.Where(e => e.Date >= from && e.Date <= to);
        }

        if (filter.SchoolId is { } schoolId)
        {
            Query.Where(e => e.SchoolId == schoolId);
        }

        if (filter.Kind is { } kind)
        {
            Query.Where(e => e.Kind == kind);
        }

        if (filter.Status is { } status)
        {
            Query.Where(e => e.Status == status);
        }

        Query.OrderBy(e => e.Date).ThenBy(e => e.Id).Take(ListUfEvents.MaxItems);
    }
}

internal sealed record ListUfEvents(UfEventFilter Filter) : IQuery<UfEventList>
{
    /// <summary>A municipality holds tens of UF events a year; more than this in one answer means a filter is missing.</summary>
    public const int MaxItems = 500;
}

internal sealed class ListUfEventsHandler(IQuerySession session) : IQueryHandler<ListUfEvents, UfEventList>
{
    public async ValueTask<UfEventList> Handle(ListUfEvents query, CancellationToken cancellationToken)
    {
        var spec = new UfEventsMatching(query.Filter);
        var total = await session.Query<UfEvent>().WithSpecification(spec, criteriaOnly: true).CountAsync(cancellationToken);
        var events = await session.Query<UfEvent>().WithSpecification(spec).ToListAsync(cancellationToken);
        return new UfEventList([.. events.Select(e => new UfEventSummary(e.Id, e.Kind, e.Title, e.SchoolId, e.SchoolName, e.Date, e.Status, e.Participation))], total);
    }
}

/// <summary>Reads the list's query string into a filter, or says which value is wrong.</summary>
internal static class UfEventFilterReading
{
    public static Outcome<UfEventFilter> Read(string? schoolYear, Guid? schoolId, string? kind, string? status)
    {
        var year = FilterValues.ReadSchoolYear(schoolYear);
        if (year.Error is { } yearError)
        {
            return yearError;
        }

        var kindValue = UfEventKinds.Find(kind);
        if (kindValue is null && !string.IsNullOrWhiteSpace(kind))
        {
            return new DomainError("uf-event.kind-invalid", YoungEnterpriseTexts.UfEventKindInvalid);
        }

        var statusValue = FilterValues.ReadEnum<UfEventStatus>(status, "uf-event.unknown-status", YoungEnterpriseTexts.UfEventUnknownStatus);
        return statusValue.Error is { } statusError
            ? statusError
            : new UfEventFilter(SchoolYear.Parse(year.Value), schoolId, kindValue, statusValue.Value);
    }
}

internal static class ListUfEventsEndpoint
{
    public static void Map(IEndpointRouteBuilder ufEvents) =>
        ufEvents.MapGet("/", async Task<Results<Ok<UfEventList>, ProblemHttpResult>> (
                string? schoolYear, Guid? schoolId, string? kind, string? status, IMediator mediator, CancellationToken ct) =>
            {
                var read = UfEventFilterReading.Read(schoolYear, schoolId, kind, status);
                return read.Value is { } filter && read.Error is null ? TypedResults.Ok(await mediator.Send(new ListUfEvents(filter), ct)) : read.Error!.ToProblem();
            })
            .WithName("ListUfEvents")
            .WithSummary("UF-händelser")
            .WithDescription("UF-händelserna i datumordning (genomfört datum eller planerat), högst 500, med deltagande. Filter: schoolYear (till exempel 2023/24: 1 juli 2023–30 juni 2024), schoolId, kind (PrimarySchoolUfDay, UpperSecondarySchoolVisit, UfCompanyActivity, UfFair) och status (Planned, Held, Cancelled).");
}
