using System.Globalization;
using Naringslivsplattform.BuildingBlocks.Specifications;
using Naringslivsplattform.ProcessPlan.Actions;
using Naringslivsplattform.ProcessPlan.Plans;
using Naringslivsplattform.BuildingBlocks.Time;

namespace Naringslivsplattform.ProcessPlan.Timeline;

internal sealed record CalendarDay(DateOnly Date, IReadOnlyList<TimelineEntry> Entries);

/// <summary>A month of the timeline: only the days that have entries, in date order.</summary>
internal sealed record CalendarMonth(string Month, DateOnly FirstDay, DateOnly LastDay, IReadOnlyList<CalendarDay> Days);

/// <summary>The timeline entries of one month (yyyy-MM; the current month when not given), grouped per day.</summary>
internal sealed record GetCalendar(Guid PlanId, string? Month) : IQuery<Outcome<CalendarMonth>>;

internal sealed class GetCalendarHandler(IQuerySession session, TimeProvider time) : IQueryHandler<GetCalendar, Outcome<CalendarMonth>>
{
    public async ValueTask<Outcome<CalendarMonth>> Handle(GetCalendar query, CancellationToken cancellationToken)
    {
        if (CalendarMonths.Read(query.Month, SwedishTime.Today(time)) is not { } first)
        {
            return new DomainError("calendar.month-invalid", ProcessPlanTexts.TimelineCalendarMonthInvalid);
        }

        if (await session.LoadAsync<Plan>(query.PlanId, cancellationToken) is not { } plan)
        {
            return PlanStreams.Errors.NotFound;
        }

        var last = first.AddMonths(1).AddDays(-1);
        var entries = await session.Query<TimelineEntry>()
            .WithSpecification(new TimelineEntriesMatching(plan.Id, new TimelineFilter(From: first, To: last), descending: false))
            .ToListAsync(cancellationToken);
        return new CalendarMonth(
            CalendarMonths.Key(first), first, last, [.. entries.GroupBy(e => e.Date).Select(day => new CalendarDay(day.Key, [.. day]))]);
    }
}

internal static class CalendarMonths
{
    /// <summary>The first day of the month <paramref name="text"/> names (yyyy-MM), of today's month when blank; null when it is not a month of 2020–2035.</summary>
    public static DateOnly? Read(string? text, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new DateOnly(today.Year, today.Month, 1);
        }

        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
               && first >= PlanActionRules.EarliestDate && first <= PlanActionRules.LatestDate
            ? first
            : null;
    }

    public static string Key(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}

internal static class GetCalendarEndpoint
{
    public static void Map(IEndpointRouteBuilder plans) =>
        plans.MapGet("/{planId:guid}/calendar", async Task<Results<Ok<CalendarMonth>, ProblemHttpResult>> (
                Guid planId, string? month, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetCalendar(planId, month), ct)).ToResult())
            .WithName("GetCalendar")
            .WithSummary("Planens åtgärder under en månad, per dag")
            .WithDescription("Åtgärderna vars datum (genomförandedag, annars planerad dag) ligger i månaden, grupperade per dag. Månaden anges med month=ÅÅÅÅ-MM, annars innevarande månad.");
}
