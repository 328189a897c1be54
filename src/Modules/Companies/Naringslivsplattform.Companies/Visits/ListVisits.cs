using System.Globalization;
using Naringslivsplattform.BuildingBlocks.Texts;
using Ardalis.Specification;
using Naringslivsplattform.BuildingBlocks.Specifications;

namespace Naringslivsplattform.Companies.Visits;

/// <summary>Filters checked; null means "any". <paramref name="Role"/> keeps visits with at least one visitor in that role.</summary>
internal sealed record VisitFilter(Guid? CompanyId = null, VisitStatus? Status = null, VisitorRole? Role = null, DateOnly? From = null, DateOnly? To = null);

internal sealed record VisitSummary(Guid Id, Guid CompanyId, string CompanyName, string Locality, DateOnly Date, VisitStatus Status, IReadOnlyList<Visitor> Visitors);

internal sealed record VisitList(IReadOnlyList<VisitSummary> Items, int Total, int Page, int PageSize);

/// <summary>Visits matching a filter, latest first; paged when a page is given.</summary>
internal sealed class VisitsMatching : Specification<CompanyVisit>
{
    public VisitsMatching(VisitFilter filter, int? page = null, int pageSize = ListVisits.MaxPageSize)
    {
        if (filter.CompanyId is { } companyId)
        {
            Query.Where(v => v.CompanyId == companyId);
        }

        if (filter.Status is { } status)
        {
            Query.Where(v => v.Status == status);
        }

        if (filter.Role is { } role)
        {
            Query.Where(v => v.Visitors.Any(visitor => visitor.Role == role));
        }

        if (filter.From is { } from)
        {
            Query.Where(v => v.Date >= from);
        }

        if (filter.To is { } to)
        {
            Query.Where(v => v.Date <= to);
        }

        Query.OrderByDescending(v => v.Date).ThenBy(v => v.Id);
        if (page is { } number)
        {
            Query.Skip((number - 1) * pageSize).Take(pageSize);
        }
    }
}

internal sealed record ListVisits(VisitFilter Filter, int Page, int PageSize) : IQuery<VisitList>
{
    public const int MaxPageSize = 100;
}

internal sealed class ListVisitsHandler(IQuerySession session) : IQueryHandler<ListVisits, VisitList>
{
    public async ValueTask<VisitList> Handle(ListVisits query, CancellationToken cancellationToken)
    {
        var spec = new VisitsMatching(query.Filter, query.Page, query.PageSize);
        var total = await session.Query<CompanyVisit>().WithSpecification(spec, criteriaOnly: true).CountAsync(cancellationToken);
        var visits = await session.Query<CompanyVisit>().WithSpecification(spec).ToListAsync(cancellationToken);
        return new VisitList([.. visits.Select(Summary)], total, query.Page, query.PageSize);
    }

    public static VisitSummary Summary(CompanyVisit v) => new(v.Id, v.CompanyId, v.CompanyName, v.Locality, v.Date, v.Status, v.Visitors);
}

/// <summary>Reads the list's query string into a filter, or says which value is wrong.</summary>
internal static class VisitFilterReading
{
    public static Outcome<(VisitFilter Filter, int Page, int PageSize)> Read(Guid? companyId, string? status, string? role, string? from, string? to, int? page, int? pageSize)
    {
        if (page is < 1 || pageSize is < 1 or > ListVisits.MaxPageSize)
        {
            return new DomainError("visit.paging-invalid", SwedishFormat.Format(CompaniesTexts.VisitPagingInvalid, ListVisits.MaxPageSize));
        }

        VisitStatus? statusValue = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!Enum.TryParse<VisitStatus>(status.Trim(), ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return new DomainError("visit.unknown-status", SwedishFormat.Format(CompaniesTexts.VisitUnknownStatus, status.Trim()));
            }

            statusValue = parsed;
        }

        VisitorRole? roleValue = null;
        if (!string.IsNullOrWhiteSpace(role))
        {
            if (!Enum.TryParse<VisitorRole>(role.Trim(), ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return new DomainError("visit.unknown-role", SwedishFormat.Format(CompaniesTexts.VisitUnknownRole, role.Trim()));
            }

            roleValue = parsed;
        }

        var fromDay = ReadDay(from);
        var toDay = ReadDay(to);
        if (fromDay is null && !string.IsNullOrWhiteSpace(from) || toDay is null && !string.IsNullOrWhiteSpace(to) || fromDay > toDay)
        {
            return new DomainError("visit.period-invalid", CompaniesTexts.VisitPeriodInvalid);
        }

        return (new VisitFilter(companyId, statusValue, roleValue, fromDay, toDay), page ?? 1, pageSize ?? 25);
    }

    private static DateOnly? ReadDay(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}

internal static class ListVisitsEndpoint
{
    public static void Map(IEndpointRouteBuilder visits) =>
        visits.MapGet("/", async Task<Results<Ok<VisitList>, ProblemHttpResult>> (
                Guid? companyId, string? status, string? role, string? from, string? to, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
            {
                var read = VisitFilterReading.Read(companyId, status, role, from, to, page, pageSize);
                return read.Value is var (filter, pageNumber, size) && read.Error is null
                    ? TypedResults.Ok(await mediator.Send(new ListVisits(filter, pageNumber, size), ct))
                    : read.Error!.ToProblem();
            })
            .WithName("ListVisits")
            .WithSummary("Företagsbesök")
            .WithDescription("Besöken, senaste först, sida för sida (page från 1, pageSize 1–100, standard 25). Filter: companyId, status (Planned, Completed, Cancelled), role (Official, Politician: minst en besökare med rollen), from och to (yyyy-MM-dd, besökets dag: genomfört datum eller planerat).");
}
