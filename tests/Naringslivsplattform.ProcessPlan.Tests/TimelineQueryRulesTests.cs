using Naringslivsplattform.ProcessPlan.Actions;
using Naringslivsplattform.ProcessPlan.Importing;
using Naringslivsplattform.ProcessPlan.Timeline;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.Tests;

public sealed class TimelineQueryRulesTests
{
    private static Plan Plan { get; } = PlanEvolution.Replay(
        PlanImportRules.Decide(null, PlanIdentity.For("2462", "processplan-2023-2024"), SeedPlanReader.ReadPlan(SeedFiles.VilhelminaPlan)));

    [Fact]
    public void No_filters_give_the_first_page_of_25_oldest_first()
    {
        var query = TimelineQueryRules.Read(Plan, new TimelineRequest()).Value!;

        Assert.Equal(new TimelineFilter(), query.Filter);
        Assert.Equal(new TimelinePaging(1, 25, Descending: false), query.Paging);
    }

    [Fact]
    public void Every_filter_is_read_into_its_canonical_form()
    {
        var query = TimelineQueryRules.Read(Plan, new TimelineRequest(
            " 1.1 ", "1", "businesscouncilmeeting", "completed", " Saxnäs ", "2023-01-01", "2023-12-31", "2", "10", "DESC")).Value!;

        Assert.Equal(
            new TimelineFilter("1.1", 1, "BusinessCouncilMeeting", TimelineStatus.Completed, "Saxnäs", new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)),
            query.Filter);
        Assert.Equal(new TimelinePaging(2, 10, Descending: true), query.Paging);
    }

    [Theory]
    [InlineData("9.9", null, null, null, null, null, "timeline.unknown-activity")]
    [InlineData(null, "4", null, null, null, null, "timeline.unknown-category")]
    [InlineData(null, null, "Picnic", null, null, null, "timeline.unknown-kind")]
    [InlineData(null, null, null, "2", null, null, "timeline.unknown-status")]
    [InlineData(null, null, null, null, "2023-02-30", null, "timeline.date-invalid")]
    [InlineData(null, null, null, null, null, "2035-12-32", "timeline.date-invalid")]
    [InlineData(null, null, null, null, "2019-12-31", null, "timeline.date-out-of-range")]
    [InlineData(null, null, null, null, "2023-06-02", "2023-06-01", "timeline.period-backwards")]
    public void A_bad_filter_is_refused_with_its_own_code(string? activity, string? category, string? kind, string? status, string? from, string? to, string code)
    {
        var error = TimelineQueryRules.Read(Plan, new TimelineRequest(activity, category, kind, status, From: from, To: to)).Error!;

        Assert.Equal((code, 400), (error.Code, error.Status));
    }

    [Theory]
    [InlineData("0", null, null, "timeline.page-invalid")]
    [InlineData("100001", null, null, "timeline.page-invalid")]
    [InlineData(null, "101", null, "timeline.page-size-invalid")]
    [InlineData(null, "-5", null, "timeline.page-size-invalid")]
    [InlineData(null, null, "newest", "timeline.order-invalid")]
    public void Paging_out_of_range_is_refused(string? page, string? pageSize, string? order, string code)
    {
        Assert.Equal(code, TimelineQueryRules.Read(Plan, new TimelineRequest(Page: page, PageSize: pageSize, Order: order)).Error!.Code);
    }

    [Fact]
    public void An_entry_is_dated_by_its_planned_day_until_it_is_held_and_follows_a_reschedule()
    {
        var id = Guid.CreateVersion7();
        var planned = TimelineProjection.Create(new ActionPlanned(
            id, Plan.Id, ActivityCode.Parse("1.4"), PlanActionKind.Workshop, "Workshop", new DateOnly(2023, 5, 16), new DateOnly(2023, 5, 17), "Saxnäs", "Anna Andersson", null));
        var moved = TimelineProjection.Apply(new ActionRescheduled(id, new DateOnly(2023, 6, 1), new DateOnly(2023, 6, 1), "Krock"), planned);
        var held = TimelineProjection.Apply(new ActionCompleted(id, new DateOnly(2023, 5, 30), "Bra", [], null, null, null, []), moved);

        Assert.Equal(("1.4", 1, "Workshop", TimelineStatus.Planned, new DateOnly(2023, 5, 16), $"atgarder/{id}"), (planned.ActivityCode, planned.Category, planned.Kind, planned.Status, planned.Date, planned.Link));
        Assert.Equal(new DateOnly(2023, 6, 1), moved.Date);
        Assert.Equal((TimelineStatus.Completed, new DateOnly(2023, 5, 30)), (held.Status, held.Date));
        Assert.Equal(TimelineStatus.Cancelled, TimelineProjection.Apply(new ActionCancelled(id, "För få"), moved).Status);
    }

    [Theory]
    [InlineData("2023-05", "2023-05-01")]
    [InlineData(null, "2024-03-01")]
    [InlineData("2023-5", null)]
    [InlineData("2036-01", null)]
    [InlineData("maj", null)]
    public void A_calendar_month_is_yyyy_MM_within_2020_to_2035_and_defaults_to_this_month(string? text, string? first)
    {
        Assert.Equal(first is null ? null : DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), CalendarMonths.Read(text, new DateOnly(2024, 3, 15)));
    }
}
