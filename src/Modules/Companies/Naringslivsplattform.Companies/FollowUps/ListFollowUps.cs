using Naringslivsplattform.BuildingBlocks.Texts;
using Ardalis.Specification;
using Naringslivsplattform.BuildingBlocks.Specifications;
using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.Companies.Companies;

namespace Naringslivsplattform.Companies.FollowUps;

/// <param name="Owner">Exactly this owner, e.g. the signed-in user's name.</param>
/// <param name="Overdue">True: only overdue ones; false: none that are overdue.</param>
/// <param name="DueBefore">Due before this day.</param>
/// <param name="ClosedSince">Closed on this day or later (the board's "last 30 days").</param>
internal sealed record FollowUpFilter(
    Guid? CompanyId = null,
    string? Owner = null,
    FollowUpStatus? Status = null,
    bool? Overdue = null,
    bool? AwaitingFeedback = null,
    FollowUpCategory? Category = null,
    DateOnly? DueBefore = null,
    DateOnly? ClosedSince = null);

internal sealed record FollowUpSummary(
    Guid Id, Guid CompanyId, string? CompanyName, string Need, FollowUpCategory Category, string CategoryName, string Owner,
    DateOnly OpenedOn, DateOnly DueOn, FollowUpStatus Status, bool Overdue, DateOnly? FeedbackOn, DateOnly? ClosedOn);

internal sealed record FollowUpList(IReadOnlyList<FollowUpSummary> Items, int Total, int Page, int PageSize);

/// <summary>Follow-ups matching a filter, the one due soonest first; "overdue" is relative to <paramref name="today"/>.</summary>
internal sealed class FollowUpsMatching : Specification<FollowUp>
{
    public FollowUpsMatching(FollowUpFilter filter, DateOnly today, int page, int pageSize)
    {
        if (filter.CompanyId is { } companyId)
        {
            Query.Where(f => f.CompanyId == companyId);
        }

        if (filter.Owner?.Trim() is { Length: > 0 } owner)
        {
            Query.Where(f => f.Owner == owner);
        }

        if (filter.Status is { } status)
        {
            Query.Where(f => f.Status == status);
        }

        _ = filter.Overdue switch
        {
            true => Query.Where(f => f.Status == FollowUpStatus.Open && f.DueOn < today),
            false => Query.Where(f => f.Status != FollowUpStatus.Open || f.DueOn >= today),
            null => Query,
        };
        _ = filter.AwaitingFeedback switch
        {
            true => Query.Where(f => f.Status == FollowUpStatus.AwaitingFeedback),
            false => Query.Where(f => f.Status != FollowUpStatus.AwaitingFeedback),
            null => Query,
        };

        if (filter.Category is { } category)
        {
            Query.Where(f => f.Category == category);
        }

        if (filter.DueBefore is { } dueBefore)
        {
            Query.Where(f => f.DueOn < dueBefore);
        }

        if (filter.ClosedSince is { } closedSince)
        {
            Query.Where(f => f.ClosedOn >= closedSince);
        }

        Query.OrderBy(f => f.DueOn).ThenBy(f => f.Id).Skip((page - 1) * pageSize).Take(pageSize);
    }
}

internal sealed record ListFollowUps(FollowUpFilter Filter, int Page = 1, int PageSize = ListFollowUps.MaxPageSize) : IQuery<Outcome<FollowUpList>>
{
    public const int MaxPageSize = 100;
}

internal sealed class ListFollowUpsHandler(IQuerySession session, TimeProvider time) : IQueryHandler<ListFollowUps, Outcome<FollowUpList>>
{
    public async ValueTask<Outcome<FollowUpList>> Handle(ListFollowUps query, CancellationToken cancellationToken)
    {
        if (query.Page < 1 || query.PageSize is < 1 or > ListFollowUps.MaxPageSize)
        {
            return new DomainError("follow-up.paging-invalid", SwedishFormat.Format(CompaniesTexts.FollowUpPagingInvalid, ListFollowUps.MaxPageSize));
        }

        var today = SwedishTime.Today(time);
        var spec = new FollowUpsMatching(query.Filter, today, query.Page, query.PageSize);
        var total = await session.Query<FollowUp>().WithSpecification(spec, criteriaOnly: true).CountAsync(cancellationToken);
        var followUps = await session.Query<FollowUp>().WithSpecification(spec).ToListAsync(cancellationToken);
        var companies = await session.LoadManyAsync<Company>(cancellationToken, followUps.Select(f => f.CompanyId).Distinct());
        var names = companies.ToDictionary(c => c.Id, c => c.Name);
        return new FollowUpList(
            [.. followUps.Select(f => new FollowUpSummary(
                f.Id, f.CompanyId, names.GetValueOrDefault(f.CompanyId), f.Need, f.Category, FollowUpCategories.Name(f.Category), f.Owner,
                f.OpenedOn, f.DueOn, f.Status, f.IsOverdue(today), f.FeedbackOn, f.ClosedOn))],
            total, query.Page, query.PageSize);
    }
}

internal static class ListFollowUpsEndpoints
{
    private const string Filters =
        "Filter: companyId, owner (exakt), status (Open, AwaitingFeedback, Closed), overdue (true: bara försenade, false: inga försenade), awaitingFeedback, category, dueBefore (förfaller före dagen), closedSince (stängd den dagen eller senare). Sorterade efter förfallodag, sida för sida (page från 1, pageSize 1–100, standard 25).";

    /// <summary>The list's query string; on a company's list the company comes from the route.</summary>
    internal sealed record Parameters(
        Guid? CompanyId, string? Owner, string? Status, bool? Overdue, bool? AwaitingFeedback, string? Category, DateOnly? DueBefore, DateOnly? ClosedSince, int? Page, int? PageSize);

    public static void Map(IEndpointRouteBuilder followUps, IEndpointRouteBuilder api)
    {
        followUps.MapGet("/", ([AsParameters] Parameters parameters, IMediator mediator, CancellationToken ct) => SendAsync(parameters, mediator, ct))
            .WithName("ListFollowUps")
            .WithSummary("Uppföljningar")
            .WithDescription($"Uppföljningar av det företag tagit upp. {Filters}");
        api.MapGet("/companies/{companyId:guid}/follow-ups", ([AsParameters] Parameters parameters, IMediator mediator, CancellationToken ct) => SendAsync(parameters, mediator, ct))
            .WithTags("Uppföljningar")
            .WithName("ListCompanyFollowUps")
            .WithSummary("Ett företags uppföljningar")
            .WithDescription($"Uppföljningarna av det företaget tagit upp. {Filters}");
    }

    private static async Task<Results<Ok<FollowUpList>, ProblemHttpResult>> SendAsync(Parameters parameters, IMediator mediator, CancellationToken ct)
    {
        var (companyId, owner, status, overdue, awaitingFeedback, category, dueBefore, closedSince, page, pageSize) = parameters;
        var statusFilter = Enum.GetValues<FollowUpStatus>().Cast<FollowUpStatus?>().FirstOrDefault(s => string.Equals(s.ToString(), status?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (status is not null && statusFilter is null)
        {
            return new DomainError("follow-up.status-invalid", CompaniesTexts.FollowUpStatusInvalid).ToProblem();
        }

        var categoryFilter = FollowUpCategories.Parse(category);
        if (category is not null && categoryFilter is null)
        {
            return FollowUpRules.UnknownCategory().ToProblem();
        }

        var filter = new FollowUpFilter(companyId, owner, statusFilter, overdue, awaitingFeedback, categoryFilter, dueBefore, closedSince);
        var outcome = await mediator.Send(new ListFollowUps(filter, page ?? 1, pageSize ?? 25), ct);
        return outcome.Value is { } list ? TypedResults.Ok(list) : outcome.Error!.ToProblem();
    }
}
