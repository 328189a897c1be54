using JasperFx.Events;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.ProcessPlan.Actions;
using Naringslivsplattform.ProcessPlan.Plans;
using Naringslivsplattform.ProcessPlan.TimeTravel;

namespace Naringslivsplattform.ProcessPlan.Tests;

public sealed class AsOfTests
{
    private static readonly DateOnly Today = new(2024, 3, 15);

    [Theory]
    [InlineData("2023-12-31", "2023-12-31T22:59:59.9999990+00:00")] // winter time, UTC+1
    [InlineData("2023-06-30", "2023-06-30T21:59:59.9999990+00:00")] // summer time, UTC+2
    [InlineData("2023-03-26", "2023-03-26T21:59:59.9999990+00:00")] // the day clocks go forward ends in summer time
    public void A_day_ends_at_the_next_swedish_midnight(string day, string end)
    {
        Assert.Equal(DateTimeOffset.Parse(end, System.Globalization.CultureInfo.InvariantCulture), AsOf.Parse(day, Today).Value!.End);
    }

    [Theory]
    [InlineData("31-12-2023", "history.as-of-invalid")]
    [InlineData("2023-02-30", "history.as-of-invalid")]
    [InlineData("igår", "history.as-of-invalid")]
    [InlineData("2024-03-16", "history.as-of-in-future")]
    public void A_day_that_is_not_a_date_or_has_not_come_is_refused(string text, string code)
    {
        Assert.Equal(code, AsOf.Parse(text, Today).Error!.Code);
    }

    [Fact]
    public void Today_may_be_asked_for()
    {
        Assert.Equal(Today, AsOf.Parse("2024-03-15", Today).Value!.Day);
    }

    [Fact]
    public async Task Folding_action_events_gives_each_action_as_its_events_left_it()
    {
        var (first, second) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        IEvent[] events =
        [
            PlanEvolution.ProcessPlanFold.Event(first, Planned(first)), PlanEvolution.ProcessPlanFold.Event(second, Planned(second)),
            PlanEvolution.ProcessPlanFold.Event(first, new ActionRescheduled(first, new(2024, 4, 2), new(2024, 4, 2), "Krock")),
            PlanEvolution.ProcessPlanFold.Event(second, new ActionCancelled(second, "För få anmälda")),
        ];

        var actions = (await PlanEvolution.ProcessPlanFold.Session.FoldStreamsAsync<PlanAction>(events, TestContext.Current.CancellationToken)).ToDictionary(a => a.Id);

        Assert.Equal((PlanActionStatus.Planned, new DateOnly(2024, 4, 2)), (actions[first].Status, actions[first].PlannedFrom));
        Assert.Equal(PlanActionStatus.Cancelled, actions[second].Status);
    }

    private static ActionPlanned Planned(Guid id) =>
        new(id, Guid.CreateVersion7(), ActivityCode.Parse("1.1"), PlanActionKind.BusinessCouncilMeeting, "Näringslivsråd", new(2024, 3, 12), new(2024, 3, 12), null, "Anna Andersson", null);
}
