using Naringslivsplattform.Companies.FollowUps;

namespace Naringslivsplattform.Companies.Tests;

/// <summary>The follow-up rules: given a follow-up, when a change is asked for, then an event or a stable code.</summary>
public sealed class FollowUpRulesTests
{
    private static readonly Guid FollowUpId = Guid.CreateVersion7();
    private static readonly Guid CompanyId = Guid.CreateVersion7();
    private static readonly DateOnly Today = new(2024, 5, 20);
    private static readonly DateOnly OpenedOn = new(2024, 5, 2);

    private static OpenFollowUpRequest Request(
        string? need = "Behöver lokal för verkstad i Saxnäs", string? category = "Premises", string? owner = "anna.handlaggare",
        DateOnly? openedOn = null, DateOnly? dueOn = null, Guid? visitId = null, string? questionKey = null, string? note = "Telefonsamtal") =>
        new(CompanyId, visitId, questionKey, note, need, category, owner, openedOn ?? OpenedOn, dueOn ?? new DateOnly(2024, 6, 14));

    private static FollowUp Opened() => FollowUp.Create(FollowUpRules.Open(FollowUpId, Request(), companyExists: true, Today).Value!);

    private static FollowUp Resolved() => Opened().Apply(new FollowUpResolved(FollowUpId, "Lokal hittad via kommunens fastighetsbolag", Today));

    private static FollowUp Closed() => Opened().Apply(new FollowUpClosed(FollowUpId, "Klart", Today, Today, null));

    [Fact]
    public void Opening_a_follow_up_from_a_visit_question_gives_FollowUpOpened_with_its_source()
    {
        var visitId = Guid.CreateVersion7();

        var opened = FollowUpRules.Open(FollowUpId, Request(category: "skillssupply", owner: " per.planerare ", visitId: visitId, questionKey: "kompetens", note: null), true, Today).Value!;

        Assert.Equal((CompanyId, visitId, "kompetens", FollowUpCategory.SkillsSupply, "per.planerare", OpenedOn), (opened.CompanyId, opened.VisitId, opened.QuestionKey, opened.Category, opened.Owner, opened.OpenedOn));
        Assert.Equal(FollowUpStatus.Open, FollowUp.Create(opened).Status);
    }

    [Fact]
    public void Opened_on_defaults_to_today()
    {
        var opened = FollowUpRules.Open(FollowUpId, Request() with { OpenedOn = null }, true, Today).Value!;

        Assert.Equal(Today, opened.OpenedOn);
    }

    [Theory]
    [InlineData(" ", "Premises", "anna", "2024-06-14", "follow-up.need-required")]
    [InlineData("Lokal", "Lokaler", "anna", "2024-06-14", "follow-up.unknown-category")]
    [InlineData("Lokal", "3", "anna", "2024-06-14", "follow-up.unknown-category")]
    [InlineData("Lokal", "Premises", "", "2024-06-14", "follow-up.owner-required")]
    [InlineData("Lokal", "Premises", "anna", "2024-05-01", "follow-up.due-before-opened")]
    public void Opening_with_bad_input_is_refused_with_a_stable_code(string need, string category, string owner, string due, string code)
    {
        var error = FollowUpRules.Open(FollowUpId, Request(need, category, owner, dueOn: DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture)), true, Today).Error!;

        Assert.Equal((code, 400), (error.Code, error.Status));
    }

    [Fact]
    public void Opening_for_a_company_not_in_the_register_or_without_one_is_refused()
    {
        Assert.Equal("follow-up.unknown-company", FollowUpRules.Open(FollowUpId, Request(), companyExists: false, Today).Error!.Code);
        Assert.Equal("follow-up.unknown-company", FollowUpRules.Open(FollowUpId, Request() with { CompanyId = null }, companyExists: true, Today).Error!.Code);
    }

    [Fact]
    public void Opening_with_a_question_but_no_visit_a_missing_due_date_a_future_day_or_a_long_note_is_refused()
    {
        Assert.Equal("follow-up.question-without-visit", FollowUpRules.Open(FollowUpId, Request(questionKey: "lokaler"), true, Today).Error!.Code);
        Assert.Equal("follow-up.due-required", FollowUpRules.Open(FollowUpId, Request() with { DueOn = null }, true, Today).Error!.Code);
        Assert.Equal("follow-up.opened-in-future", FollowUpRules.Open(FollowUpId, Request(openedOn: Today.AddDays(1)), true, Today).Error!.Code);
        Assert.Equal("follow-up.text-too-long", FollowUpRules.Open(FollowUpId, Request(note: new string('x', 2001)), true, Today).Error!.Code);
        Assert.Equal("follow-up.need-required", FollowUpRules.Open(FollowUpId, Request(need: new string('x', 2001)), true, Today).Error!.Code);
        Assert.Equal("follow-up.owner-required", FollowUpRules.Open(FollowUpId, Request(owner: new string('x', 201)), true, Today).Error!.Code);
    }

    [Fact]
    public void Updating_and_reassigning_change_need_category_due_date_and_owner()
    {
        var followUp = Opened();

        var updated = followUp.Apply(FollowUpRules.Update(followUp, new UpdateFollowUpRequest("Lokal och parkering", "Infrastructure", new DateOnly(2024, 7, 1))).Value!);
        var reassigned = updated.Apply(FollowUpRules.Reassign(updated, new ReassignFollowUpRequest("per.planerare")).Value!);

        Assert.Equal(("Lokal och parkering", FollowUpCategory.Infrastructure, new DateOnly(2024, 7, 1), "per.planerare"), (reassigned.Need, reassigned.Category, reassigned.DueOn, reassigned.Owner));
        Assert.Equal("follow-up.owner-required", FollowUpRules.Reassign(followUp, new ReassignFollowUpRequest(" ")).Error!.Code);
        Assert.Equal("follow-up.due-before-opened", FollowUpRules.Update(followUp, new UpdateFollowUpRequest("Lokal", "Premises", OpenedOn.AddDays(-1))).Error!.Code);
    }

    [Fact]
    public void An_open_follow_up_is_overdue_after_its_due_date_and_one_awaiting_feedback_is_not()
    {
        var followUp = Opened();

        Assert.Equal((false, true), (followUp.IsOverdue(followUp.DueOn), followUp.IsOverdue(followUp.DueOn.AddDays(1))));
        Assert.False(Resolved().IsOverdue(followUp.DueOn.AddDays(1)));
    }

    [Fact]
    public void Resolving_awaits_feedback_and_feedback_then_closes_it_with_the_outcome()
    {
        var resolved = Resolved();

        var closing = FollowUpRules.GiveFeedback(resolved, new GiveFeedbackRequest(Today, "Ringde VD:n"), Today).Value;
        var closed = resolved.Apply(Assert.IsType<FollowUpClosed>(closing));

        Assert.Equal(FollowUpStatus.AwaitingFeedback, resolved.Status);
        Assert.Equal((FollowUpStatus.Closed, "Lokal hittad via kommunens fastighetsbolag", Today, "Ringde VD:n"), (closed.Status, closed.Outcome, closed.FeedbackOn, closed.Feedback));
        var again = FollowUpRules.Resolve(resolved, new ResolveFollowUpRequest("Igen", null), Today).Error!;
        Assert.Equal(("follow-up.already-resolved", 409), (again.Code, again.Status));
    }

    [Fact]
    public void Feedback_on_an_open_follow_up_is_recorded_and_counts_when_it_is_closed()
    {
        var followUp = Opened();
        var told = followUp.Apply(Assert.IsType<FeedbackGiven>(FollowUpRules.GiveFeedback(followUp, new GiveFeedbackRequest(Today, "Mejl om läget"), Today).Value));

        var closed = FollowUpRules.Close(told, new CloseFollowUpRequest("Bygglov beviljat", null, null, null), Today).Value!;

        Assert.Equal((FollowUpStatus.Open, Today), (told.Status, told.FeedbackOn));
        Assert.Equal(("Bygglov beviljat", Today, Today, "Mejl om läget"), (closed.Outcome, closed.ClosedOn, closed.FeedbackOn, closed.Feedback));
    }

    [Fact]
    public void Feedback_needs_a_day_that_is_neither_in_the_future_nor_before_the_follow_up_was_opened()
    {
        var followUp = Opened();

        Assert.Equal("follow-up.feedback-date-required", FollowUpRules.GiveFeedback(followUp, new GiveFeedbackRequest(null, "Mejl"), Today).Error!.Code);
        Assert.Equal("follow-up.feedback-in-future", FollowUpRules.GiveFeedback(followUp, new GiveFeedbackRequest(Today.AddDays(1), null), Today).Error!.Code);
        Assert.Equal("follow-up.date-before-opened", FollowUpRules.GiveFeedback(followUp, new GiveFeedbackRequest(OpenedOn.AddDays(-1), null), Today).Error!.Code);
    }

    [Fact]
    public void Closing_needs_an_outcome_and_a_feedback_date_given_now_or_earlier()
    {
        var followUp = Opened();

        Assert.Equal("follow-up.outcome-required", FollowUpRules.Close(followUp, new CloseFollowUpRequest(" ", null, Today, null), Today).Error!.Code);
        Assert.Equal("follow-up.feedback-date-required", FollowUpRules.Close(followUp, new CloseFollowUpRequest("Klart", null, null, null), Today).Error!.Code);
        Assert.Equal("follow-up.feedback-in-future", FollowUpRules.Close(followUp, new CloseFollowUpRequest("Klart", null, Today.AddDays(1), null), Today).Error!.Code);
        Assert.Equal("follow-up.date-in-future", FollowUpRules.Close(followUp, new CloseFollowUpRequest("Klart", Today.AddDays(1), Today, null), Today).Error!.Code);
        Assert.Equal("follow-up.date-before-opened", FollowUpRules.Close(followUp, new CloseFollowUpRequest("Klart", OpenedOn.AddDays(-1), Today, null), Today).Error!.Code);
        Assert.Equal("follow-up.text-too-long", FollowUpRules.Close(followUp, new CloseFollowUpRequest(new string('x', 2001), null, Today, null), Today).Error!.Code);
    }

    [Fact]
    public void A_resolved_follow_up_closes_with_its_outcome_when_the_close_names_none()
    {
        var closed = FollowUpRules.Close(Resolved(), new CloseFollowUpRequest(null, null, Today, "Brev"), Today).Value!;

        Assert.Equal(("Lokal hittad via kommunens fastighetsbolag", "Brev"), (closed.Outcome, closed.Feedback));
    }

    [Fact]
    public void A_closed_follow_up_cannot_be_changed_but_can_be_reopened_which_clears_outcome_and_feedback()
    {
        var closed = Closed();

        var refusals = new[]
        {
            FollowUpRules.Update(closed, new UpdateFollowUpRequest("Ny", "Other", Today)).Error!,
            FollowUpRules.Reassign(closed, new ReassignFollowUpRequest("per")).Error!,
            FollowUpRules.Resolve(closed, new ResolveFollowUpRequest("Klart", null), Today).Error!,
            FollowUpRules.GiveFeedback(closed, new GiveFeedbackRequest(Today, null), Today).Error!,
            FollowUpRules.Close(closed, new CloseFollowUpRequest("Klart", null, Today, null), Today).Error!,
        };
        var reopened = closed.Apply(FollowUpRules.Reopen(closed, Today).Value!);

        Assert.All(refusals, e => Assert.Equal(("follow-up.closed", 409), (e.Code, e.Status)));
        Assert.Equal((FollowUpStatus.Open, null, null, null), (reopened.Status, reopened.Outcome, reopened.FeedbackOn, reopened.ClosedOn));
        var notClosed = FollowUpRules.Reopen(reopened, Today).Error!;
        Assert.Equal(("follow-up.not-closed", 409), (notClosed.Code, notClosed.Status));
    }

    [Fact]
    public void Resolving_needs_an_outcome_on_a_day_not_in_the_future()
    {
        var followUp = Opened();

        Assert.Equal("follow-up.outcome-required", FollowUpRules.Resolve(followUp, new ResolveFollowUpRequest(null, null), Today).Error!.Code);
        Assert.Equal("follow-up.date-in-future", FollowUpRules.Resolve(followUp, new ResolveFollowUpRequest("Klart", Today.AddDays(1)), Today).Error!.Code);
    }

    [Fact]
    public void Every_category_has_a_swedish_name()
    {
        Assert.Equal(
            ["Kompetensförsörjning", "Lokaler", "Tillstånd", "Infrastruktur", "Upphandling", "Finansiering", "Marknadsföring", "Övrigt"],
            FollowUpCategories.All.Select(FollowUpCategories.Name));
    }
}
