using Naringslivsplattform.ProcessPlan.Actions;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.Tests;

public sealed class PlanActionRulesTests
{
    private static readonly DateOnly Today = new(2024, 3, 15);
    private static readonly Guid ActionId = Guid.CreateVersion7();

    private static Plan Plan => PlanEvolution.Vilhelmina;

    private static PlanNewActionRequest CouncilMeeting(string activity = "1.1", string? title = "Näringslivsråd i mars", DateOnly? from = null) =>
        new(activity, PlanActionKind.BusinessCouncilMeeting, title, from ?? new DateOnly(2024, 3, 12), null, "Vilhelmina", "Anna Andersson", null);

    private static PlanAction Planned() => PlanAction.Create(PlanActionRules.Plan(Plan, ActionId, CouncilMeeting()).Value!);

    private static CompleteActionRequest Held(DateOnly? on = null) =>
        new(on ?? new DateOnly(2024, 3, 12), "Åtta företag diskuterade kompetensförsörjning.", [new("Anna Andersson", "tjänsteperson"), new("Per Persson", "politiker")], 8, 12, null, ["https://vilhelmina.se/protokoll"]);

    [Fact]
    public void Planning_a_council_meeting_under_1_1_gives_ActionPlanned()
    {
        var planned = PlanActionRules.Plan(Plan, ActionId, CouncilMeeting()).Value!;

        Assert.Equal(("1.1", PlanActionKind.BusinessCouncilMeeting, new DateOnly(2024, 3, 12), new DateOnly(2024, 3, 12)), (planned.ActivityCode.ToString(), planned.Kind, planned.PlannedFrom, planned.PlannedTo));
    }

    [Theory]
    [InlineData("9.9", "Näringslivsråd", "action.unknown-activity")]
    [InlineData("1.1", "", "action.title-invalid")]
    [InlineData("1.1", null, "action.title-invalid")]
    public void Planning_with_bad_input_is_rejected_with_a_stable_code(string activity, string? title, string code)
    {
        Assert.Equal(code, PlanActionRules.Plan(Plan, ActionId, CouncilMeeting(activity, title)).Error!.Code);
    }

    [Fact]
    public void A_title_over_200_characters_or_a_date_outside_2020_to_2035_is_rejected()
    {
        Assert.Equal("action.title-invalid", PlanActionRules.Plan(Plan, ActionId, CouncilMeeting(title: new string('a', 201))).Error!.Code);
        Assert.Equal("action.date-out-of-range", PlanActionRules.Plan(Plan, ActionId, CouncilMeeting(from: new DateOnly(2019, 12, 31))).Error!.Code);
    }

    [Fact]
    public void Rescheduling_a_planned_action_moves_it_and_keeps_the_reason()
    {
        var rescheduled = PlanActionRules.Reschedule(Planned(), new DateOnly(2024, 4, 2), null, "Krockar med kommunfullmäktige").Value!;

        Assert.Equal((new DateOnly(2024, 4, 2), new DateOnly(2024, 4, 2)), (Planned().Apply(rescheduled).PlannedFrom, Planned().Apply(rescheduled).PlannedTo));
    }

    [Fact]
    public void Rescheduling_without_a_reason_or_backwards_is_rejected()
    {
        Assert.Equal("action.reason-required", PlanActionRules.Reschedule(Planned(), new DateOnly(2024, 4, 2), null, " ").Error!.Code);
        Assert.Equal("action.period-backwards", PlanActionRules.Reschedule(Planned(), new DateOnly(2024, 4, 2), new DateOnly(2024, 4, 1), "Skäl").Error!.Code);
    }

    [Fact]
    public void Completing_a_planned_action_records_when_what_and_who()
    {
        var completed = Planned().Apply(PlanActionRules.Complete(Planned(), Held(), Today).Value!);

        Assert.Equal(PlanActionStatus.Completed, completed.Status);
        Assert.Equal(new DateOnly(2024, 3, 12), completed.HeldOn);
        Assert.Equal(["Anna Andersson", "Per Persson"], completed.Participants.Select(p => p.Name));
        Assert.Equal((8, 12), (completed.CompaniesAttending, completed.PersonsAttending));
    }

    [Fact]
    public void Completing_without_a_date_or_on_a_day_not_yet_reached_is_rejected()
    {
        Assert.Equal("action.held-on-required", PlanActionRules.Complete(Planned(), Held() with { HeldOn = null }, Today).Error!.Code);
        Assert.Equal("action.held-in-future", PlanActionRules.Complete(Planned(), Held(Today.AddDays(1)), Today).Error!.Code);
        Assert.Equal("action.outcome-required", PlanActionRules.Complete(Planned(), Held() with { OutcomeSummary = "" }, Today).Error!.Code);
        Assert.Equal("action.link-invalid", PlanActionRules.Complete(Planned(), Held() with { Links = ["javascript:alert(1)"] }, Today).Error!.Code);
        Assert.Equal("action.count-invalid", PlanActionRules.Complete(Planned(), Held() with { CompaniesAttending = -1 }, Today).Error!.Code);
    }

    [Fact]
    public void A_completed_action_cannot_be_rescheduled_completed_again_or_cancelled()
    {
        var completed = Planned().Apply(PlanActionRules.Complete(Planned(), Held(), Today).Value!);

        Assert.Equal("action.already-completed", PlanActionRules.Reschedule(completed, new DateOnly(2024, 4, 2), null, "Skäl").Error!.Code);
        Assert.Equal("action.already-completed", PlanActionRules.Complete(completed, Held(), Today).Error!.Code);
        Assert.Equal("action.already-completed", PlanActionRules.Cancel(completed, "Skäl").Error!.Code);
    }

    [Fact]
    public void A_cancelled_action_cannot_be_completed_or_rescheduled()
    {
        var cancelled = Planned().Apply(PlanActionRules.Cancel(Planned(), "För få anmälda").Value!);

        Assert.Equal(PlanActionStatus.Cancelled, cancelled.Status);
        Assert.Equal("action.cancelled", PlanActionRules.Complete(cancelled, Held(), Today).Error!.Code);
        Assert.Equal("action.cancelled", PlanActionRules.Reschedule(cancelled, new DateOnly(2024, 4, 2), null, "Skäl").Error!.Code);
        Assert.Equal(409, PlanActionRules.Cancel(cancelled, "Igen").Error!.Status);
    }

    [Fact]
    public void Cancelling_needs_a_reason()
    {
        Assert.Equal("action.reason-required", PlanActionRules.Cancel(Planned(), null).Error!.Code);
    }

    [Fact]
    public void A_cluster_meeting_names_one_of_the_plans_clusters()
    {
        var request = CouncilMeeting("1.2") with { Kind = PlanActionKind.ClusterMeeting };

        Assert.Equal("action.cluster-required", PlanActionRules.Plan(Plan, ActionId, request).Error?.Code);
        Assert.Equal("action.unknown-cluster", PlanActionRules.Plan(Plan, ActionId, request with { Cluster = "Dikanäs" }).Error?.Code);
        Assert.Equal("Saxnäs", PlanActionRules.Plan(Plan, ActionId, request with { Cluster = " Saxnäs " }).Value?.Cluster);
    }
}
