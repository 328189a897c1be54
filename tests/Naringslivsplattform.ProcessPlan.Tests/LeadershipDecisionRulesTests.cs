using Naringslivsplattform.ProcessPlan.LeadershipDecisions;
using Naringslivsplattform.ProcessPlan.Importing;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.Tests;

public sealed class LeadershipDecisionRulesTests
{
    private static readonly DateOnly Today = new(2024, 3, 15);
    private static readonly Guid DecisionId = Guid.CreateVersion7();

    private static Plan Plan { get; } = PlanEvolution.Replay(
        PlanImportRules.Decide(null, PlanIdentity.For("2462", "processplan-2023-2024"), SeedPlanReader.ReadPlan(SeedFiles.VilhelminaPlan)));

    private static RecordDecisionNeedRequest Need(string? activity = "3.3", string? subject = "Fastställa koncernövergripande mål", DateOnly? neededBy = null) =>
        new(activity, subject, neededBy);

    private static RequestDecisionRequest ToKs(DateOnly? on = null, string? diarienummer = "KS 2024/17") =>
        new(DecisionBody.Kommunstyrelsen, on ?? new DateOnly(2024, 2, 1), diarienummer);

    private static MakeDecisionRequest Approved(DecisionBody body = DecisionBody.Kommunstyrelsen, DateOnly? on = null, string? diarienummer = "KS 2024/17") =>
        new(on ?? new DateOnly(2024, 3, 5), body, diarienummer, "Kommunstyrelsen fastställer målen.", DecisionVerdict.Approved);

    private static LeadershipDecision Needed() => LeadershipDecision.Create(LeadershipDecisionRules.RecordNeed(Plan, DecisionId, Need()).Value!);

    private static LeadershipDecision Requested() => Needed().Apply(LeadershipDecisionRules.Request(Needed(), ToKs()).Value!);

    private static LeadershipDecision Decided() => Requested().Apply(LeadershipDecisionRules.Decide(Requested(), Approved(), Today).Value!);

    private static LeadershipDecision Withdrawn() => Needed().Apply(LeadershipDecisionRules.Withdraw(Needed(), new("Målen tas i budgeten")).Value!);

    [Fact]
    public void Recording_a_need_for_3_3_without_a_date_defaults_to_its_deadline()
    {
        var recorded = LeadershipDecisionRules.RecordNeed(Plan, DecisionId, Need()).Value!;

        Assert.Equal(("3.3", "Fastställa koncernövergripande mål", new DateOnly(2024, 6, 30)), (recorded.ActivityCode.ToString(), recorded.Subject, recorded.NeededBy));
        Assert.Equal(DecisionState.Needed, LeadershipDecision.Create(recorded).State);
    }

    [Fact]
    public void The_default_date_is_the_deadline_target_before_the_timeframe_and_the_timeframe_without_one()
    {
        var earlierDeadline = Plan.Apply(new TargetSet(Plan.Id, Plan.Targets.Single(t => t.ActivityCode.ToString() == "3.3") with { Deadline = new DateOnly(2024, 4, 30) }));

        Assert.Equal(new DateOnly(2024, 4, 30), LeadershipDecisionRules.RecordNeed(earlierDeadline, DecisionId, Need()).Value!.NeededBy);
        Assert.Equal(new DateOnly(2030, 12, 31), LeadershipDecisionRules.RecordNeed(Plan, DecisionId, Need("3.4")).Value!.NeededBy);
        Assert.Equal(new DateOnly(2024, 5, 2), LeadershipDecisionRules.RecordNeed(Plan, DecisionId, Need(neededBy: new DateOnly(2024, 5, 2))).Value!.NeededBy);
    }

    [Fact]
    public void An_activity_without_deadline_or_timeframe_end_needs_a_date()
    {
        var activity = Plan.FindActivity(ActivityCode.Parse("3.4"))!;
        var openEnded = Plan.Apply(new PlanActivityRevised(Plan.Id, activity with { Timeframe = activity.Timeframe with { To = null } }));

        Assert.Equal("decision.needed-by-required", LeadershipDecisionRules.RecordNeed(openEnded, DecisionId, Need("3.4")).Error!.Code);
    }

    [Theory]
    [InlineData("9.9", "Mål", "decision.unknown-activity")]
    [InlineData("tre", "Mål", "decision.unknown-activity")]
    [InlineData("1.1", "Mål", "decision.activity-not-leadership")]
    [InlineData("2.2", "Mål", "decision.activity-not-leadership")]
    [InlineData("3.3", "", "decision.subject-invalid")]
    [InlineData("3.3", null, "decision.subject-invalid")]
    public void Recording_a_need_with_bad_input_is_rejected_with_a_stable_code(string activity, string? subject, string code)
    {
        Assert.Equal(code, LeadershipDecisionRules.RecordNeed(Plan, DecisionId, Need(activity, subject)).Error!.Code);
    }

    [Fact]
    public void A_subject_over_200_characters_or_a_date_outside_2020_to_2035_is_rejected()
    {
        Assert.Equal("decision.subject-invalid", LeadershipDecisionRules.RecordNeed(Plan, DecisionId, Need(subject: new string('a', 201))).Error!.Code);
        Assert.Equal("decision.date-out-of-range", LeadershipDecisionRules.RecordNeed(Plan, DecisionId, Need(neededBy: new DateOnly(2036, 1, 1))).Error!.Code);
    }

    [Fact]
    public void Requesting_a_needed_decision_records_body_date_and_diarienummer()
    {
        var requested = Requested();

        Assert.Equal((DecisionState.Requested, DecisionBody.Kommunstyrelsen, new DateOnly(2024, 2, 1), "KS 2024/17"),
            (requested.State, requested.Body, requested.RequestedOn, requested.Diarienummer));
    }

    [Fact]
    public void A_request_needs_a_body_and_a_date_but_no_diarienummer()
    {
        Assert.Equal("decision.body-invalid", LeadershipDecisionRules.Request(Needed(), ToKs() with { Body = null }).Error!.Code);
        Assert.Equal("decision.body-invalid", LeadershipDecisionRules.Request(Needed(), ToKs() with { Body = (DecisionBody)7 }).Error!.Code);
        Assert.Equal("decision.date-required", LeadershipDecisionRules.Request(Needed(), ToKs() with { RequestedOn = null }).Error!.Code);
        Assert.Null(LeadershipDecisionRules.Request(Needed(), ToKs(diarienummer: " ")).Value!.Diarienummer);
        Assert.Equal("decision.diarienummer-invalid", LeadershipDecisionRules.Request(Needed(), ToKs(diarienummer: new string('1', 51))).Error!.Code);
    }

    [Fact]
    public void Requesting_twice_is_a_conflict()
    {
        var error = LeadershipDecisionRules.Request(Requested(), ToKs()).Error!;

        Assert.Equal(("decision.already-requested", 409), (error.Code, error.Status));
    }

    [Fact]
    public void Deciding_before_a_request_is_a_conflict()
    {
        var error = LeadershipDecisionRules.Decide(Needed(), Approved(), Today).Error!;

        Assert.Equal(("decision.not-requested", 409), (error.Code, error.Status));
    }

    [Fact]
    public void Deciding_a_requested_decision_records_it_approved_or_rejected()
    {
        var approved = Decided();
        var rejected = Requested().Apply(LeadershipDecisionRules.Decide(Requested(), Approved() with { Verdict = DecisionVerdict.Rejected }, Today).Value!);

        Assert.Equal((DecisionState.Approved, new DateOnly(2024, 3, 5), "KS 2024/17", "Kommunstyrelsen fastställer målen."),
            (approved.State, approved.DecidedOn, approved.Diarienummer, approved.DecisionText));
        Assert.Equal(DecisionState.Rejected, rejected.State);
    }

    [Fact]
    public void Kommunfullmaktige_and_kommunstyrelsen_need_a_diarienummer_the_management_group_does_not()
    {
        Assert.Equal("decision.diarienummer-required", LeadershipDecisionRules.Decide(Requested(), Approved(diarienummer: null), Today).Error!.Code);
        Assert.Equal("decision.diarienummer-required", LeadershipDecisionRules.Decide(Requested(), Approved(DecisionBody.Kommunfullmaktige, diarienummer: " "), Today).Error!.Code);
        Assert.Equal(DecisionBody.Ledningsgruppen, LeadershipDecisionRules.Decide(Requested(), Approved(DecisionBody.Ledningsgruppen, diarienummer: null), Today).Value!.Body);
    }

    [Fact]
    public void A_decision_dated_in_the_future_or_before_its_request_is_rejected()
    {
        Assert.Equal("decision.decided-in-future", LeadershipDecisionRules.Decide(Requested(), Approved(on: Today.AddDays(1)), Today).Error!.Code);
        Assert.Equal("decision.decided-before-request", LeadershipDecisionRules.Decide(Requested(), Approved(on: new DateOnly(2024, 1, 31)), Today).Error!.Code);
        Assert.Equal(new DateOnly(2024, 2, 1), LeadershipDecisionRules.Decide(Requested(), Approved(on: new DateOnly(2024, 2, 1)), Today).Value!.DecidedOn);
        Assert.Equal(Today, LeadershipDecisionRules.Decide(Requested(), Approved(on: Today), Today).Value!.DecidedOn);
    }

    [Fact]
    public void A_decision_needs_a_date_a_text_and_a_verdict()
    {
        Assert.Equal("decision.date-required", LeadershipDecisionRules.Decide(Requested(), Approved() with { DecidedOn = null }, Today).Error!.Code);
        Assert.Equal("decision.text-invalid", LeadershipDecisionRules.Decide(Requested(), Approved() with { Text = "" }, Today).Error!.Code);
        Assert.Equal("decision.text-invalid", LeadershipDecisionRules.Decide(Requested(), Approved() with { Text = new string('a', 4001) }, Today).Error!.Code);
        Assert.Equal("decision.verdict-invalid", LeadershipDecisionRules.Decide(Requested(), Approved() with { Verdict = null }, Today).Error!.Code);
    }

    [Fact]
    public void A_decided_decision_cannot_be_requested_decided_again_or_withdrawn()
    {
        Assert.Equal("decision.already-decided", LeadershipDecisionRules.Request(Decided(), ToKs()).Error!.Code);
        Assert.Equal("decision.already-decided", LeadershipDecisionRules.Decide(Decided(), Approved(), Today).Error!.Code);
        Assert.Equal(("decision.already-decided", 409), (LeadershipDecisionRules.Withdraw(Decided(), new("Skäl")).Error!.Code, LeadershipDecisionRules.Withdraw(Decided(), new("Skäl")).Error!.Status));
    }

    [Fact]
    public void A_need_can_be_withdrawn_before_and_after_the_request_but_only_once_and_with_a_reason()
    {
        var withdrawnAfterRequest = Requested().Apply(LeadershipDecisionRules.Withdraw(Requested(), new("Frågan avgörs i budgeten")).Value!);

        Assert.Equal((DecisionState.Withdrawn, "Målen tas i budgeten"), (Withdrawn().State, Withdrawn().WithdrawalReason));
        Assert.Equal(DecisionState.Withdrawn, withdrawnAfterRequest.State);
        Assert.Equal("decision.reason-required", LeadershipDecisionRules.Withdraw(Needed(), new(" ")).Error!.Code);
        Assert.Equal(("decision.withdrawn", 409), (LeadershipDecisionRules.Withdraw(Withdrawn(), new("Igen")).Error!.Code, LeadershipDecisionRules.Withdraw(Withdrawn(), new("Igen")).Error!.Status));
        Assert.Equal("decision.withdrawn", LeadershipDecisionRules.Request(Withdrawn(), ToKs()).Error!.Code);
        Assert.Equal("decision.withdrawn", LeadershipDecisionRules.Decide(Withdrawn(), Approved(), Today).Error!.Code);
    }

    [Fact]
    public void Only_an_undecided_need_past_its_date_is_overdue()
    {
        var afterDeadline = new DateOnly(2024, 7, 1);

        Assert.False(Needed().IsOverdue(new DateOnly(2024, 6, 30)));
        Assert.True(Needed().IsOverdue(afterDeadline));
        Assert.True(Requested().IsOverdue(afterDeadline));
        Assert.False(Decided().IsOverdue(afterDeadline));
        Assert.False(Withdrawn().IsOverdue(afterDeadline));
    }
}
