using Naringslivsplattform.BuildingBlocks.Reference;
using Naringslivsplattform.Companies.Companies;
using Naringslivsplattform.Companies.Questionnaires;
using Naringslivsplattform.Companies.Visits;

namespace Naringslivsplattform.Companies.Tests;

/// <summary>Every transition of a company visit, legal and illegal, with the code each refusal carries.</summary>
public sealed class CompanyVisitRulesTests
{
    private static readonly DateOnly Today = new(2024, 6, 15);

    private static readonly Company Bakery = new(
        Guid.CreateVersion7(), new OrganisationNumber("556036-0793", false), "Fjällbageriet AB", [], "Saxnäs", SizeClass.From5To9, []);

    private static readonly VisitorRequest[] Official = [new("Anna Andersson", "official")];

    private static readonly Questionnaire Basics = Questionnaire.Create(new QuestionnaireCreated(Guid.CreateVersion7(), "Grundfrågor", null,
    [
        new Question("expansion", "tillvaxt", "Planerar ni att växa?", QuestionType.YesNo, [], true),
    ]));

    private static CompanyVisit Planned(Guid? planId = null) =>
        CompanyVisit.Create(CompanyVisitRules.Plan(Guid.CreateVersion7(), new PlanVisitRequest(Bakery.Id, Today, Official, "Lokalfrågor"), Bakery, planId, Today).Value!);

    [Fact]
    public void A_planned_visit_keeps_the_company_its_locality_the_plan_and_the_visitors_roles()
    {
        var planId = Guid.CreateVersion7();
        var visit = Planned(planId);

        Assert.Equal((Bakery.Id, "Fjällbageriet AB", "Saxnäs", planId, VisitStatus.Planned), (visit.CompanyId, visit.CompanyName, visit.Locality, visit.PlanId, visit.Status));
        Assert.Equal([new Visitor("Anna Andersson", VisitorRole.Official)], visit.Visitors);
    }

    /// <summary>By case name, as the requests are internal types a public theory cannot take.</summary>
    private static readonly Dictionary<string, (PlanVisitRequest Request, Company? Company, string Code)> BadPlans = new()
    {
        ["unknown company"] = (new PlanVisitRequest(Guid.NewGuid(), Today, Official, null), null, "visit.unknown-company"),
        ["no day"] = (new PlanVisitRequest(Bakery.Id, null, Official, null), Bakery, "visit.planned-on-invalid"),
        ["too far ahead"] = (new PlanVisitRequest(Bakery.Id, Today.AddYears(4), Official, null), Bakery, "visit.planned-on-invalid"),
        ["no visitors"] = (new PlanVisitRequest(Bakery.Id, Today, [], null), Bakery, "visit.visitors-required"),
        ["blank name"] = (new PlanVisitRequest(Bakery.Id, Today, [new(" ", "Official")], null), Bakery, "visit.visitor-name-invalid"),
        ["unknown role"] = (new PlanVisitRequest(Bakery.Id, Today, [new("Eva", "Chef")], null), Bakery, "visit.visitor-role-invalid"),
        ["role as number"] = (new PlanVisitRequest(Bakery.Id, Today, [new("Eva", "7")], null), Bakery, "visit.visitor-role-invalid"),
        ["same visitor twice"] = (new PlanVisitRequest(Bakery.Id, Today, [new("Eva", "Official"), new("eva", "Politician")], null), Bakery, "visit.visitor-duplicate"),
        ["long purpose"] = (new PlanVisitRequest(Bakery.Id, Today, Official, new string('x', 4001)), Bakery, "visit.purpose-too-long"),
    };

    public static TheoryData<string> BadPlanCases => [.. BadPlans.Keys];

    [Theory]
    [MemberData(nameof(BadPlanCases))]
    public void A_bad_plan_is_refused_with_its_code(string name)
    {
        var (request, company, code) = BadPlans[name];

        Assert.Equal(code, CompanyVisitRules.Plan(Guid.CreateVersion7(), request, company, null, Today).Error?.Code);
    }

    [Fact]
    public void Completing_with_answers_keeps_the_questionnaire_version_they_answered()
    {
        var completed = CompanyVisitRules.Complete(Planned(), new CompleteVisitRequest(Today, null, Basics.Id, 1, [new("expansion", null, true, null, null)], "Vill bygga ut."), Basics, Today);

        Assert.Equal(new VisitQuestionnaire(Basics.Id, 1, "Grundfrågor"), completed.Value?.Questionnaire);
        Assert.Equal(Official.Length, completed.Value?.Visitors.Count);
    }

    [Fact]
    public void Answers_that_do_not_fit_the_questionnaire_version_are_refused_by_its_rules()
    {
        var wrongType = CompanyVisitRules.Complete(Planned(), new CompleteVisitRequest(Today, null, Basics.Id, null, [new("expansion", 3, null, null, null)], null), Basics, Today);
        var missing = CompanyVisitRules.Complete(Planned(), new CompleteVisitRequest(Today, null, Basics.Id, null, [], null), Basics, Today);

        Assert.Equal(["visit.answer-wrong-type", "visit.answer-required-missing"], [wrongType.Error?.Code, missing.Error?.Code]);
    }

    private static readonly Dictionary<string, (CompleteVisitRequest Request, Questionnaire? Questionnaire, string Code)> BadCompletions = new()
    {
        ["no day"] = (new CompleteVisitRequest(null, null, null, null, null, null), null, "visit.held-on-required"),
        ["in the future"] = (new CompleteVisitRequest(Today.AddDays(1), null, null, null, null, null), null, "visit.held-on-in-future"),
        ["answers without questionnaire"] = (new CompleteVisitRequest(Today, null, null, null, [new("expansion", null, true, null, null)], null), null, "visit.answers-without-questionnaire"),
        ["unknown questionnaire"] = (new CompleteVisitRequest(Today, null, Guid.NewGuid(), null, [], null), null, "visit.unknown-questionnaire"),
        ["unknown version"] = (new CompleteVisitRequest(Today, null, Basics.Id, 2, [], null), Basics, "visit.unknown-questionnaire"),
        ["long notes"] = (new CompleteVisitRequest(Today, null, null, null, null, new string('x', 4001)), null, "visit.notes-too-long"),
        ["no visitors"] = (new CompleteVisitRequest(Today, [], null, null, null, null), null, "visit.visitors-required"),
    };

    public static TheoryData<string> BadCompletionCases => [.. BadCompletions.Keys];

    [Theory]
    [MemberData(nameof(BadCompletionCases))]
    public void A_bad_completion_is_refused_with_its_code(string name)
    {
        var (request, questionnaire, code) = BadCompletions[name];

        Assert.Equal(code, CompanyVisitRules.Complete(Planned(), request, questionnaire, Today).Error?.Code);
    }

    [Fact]
    public void Only_a_planned_visit_can_be_rescheduled_completed_or_cancelled()
    {
        var completed = Planned().Apply(CompanyVisitRules.Complete(Planned(), new CompleteVisitRequest(Today, null, null, null, null, null), null, Today).Value!);
        var cancelled = Planned().Apply(CompanyVisitRules.Cancel(Planned(), new CancelVisitRequest("Sjukdom")).Value!);

        Assert.Equal(
            ["visit.already-completed", "visit.already-completed", "visit.already-cancelled", "visit.already-cancelled"],
            [
                CompanyVisitRules.Cancel(completed, new CancelVisitRequest("Sent")).Error?.Code,
                CompanyVisitRules.Reschedule(completed, new RescheduleVisitRequest(Today, null, null), Today).Error?.Code,
                CompanyVisitRules.Complete(cancelled, new CompleteVisitRequest(Today, null, null, null, null, null), null, Today).Error?.Code,
                CompanyVisitRules.Reschedule(cancelled, new RescheduleVisitRequest(Today, null, null), Today).Error?.Code,
            ]);
        Assert.Equal(VisitStatus.Completed, completed.Status);
        Assert.Equal(("Sjukdom", VisitStatus.Cancelled), (cancelled.CancelReason, cancelled.Status));
    }

    [Fact]
    public void Rescheduling_moves_the_day_and_keeps_the_visitors_unless_new_ones_are_given_and_cancelling_needs_a_reason()
    {
        var moved = Planned().Apply(CompanyVisitRules.Reschedule(Planned(), new RescheduleVisitRequest(Today.AddDays(7), null, "Krockade"), Today).Value!);
        var politician = CompanyVisitRules.Reschedule(Planned(), new RescheduleVisitRequest(Today, [new("Per Persson", "Politician")], null), Today).Value!;

        Assert.Equal((Today.AddDays(7), Official[0].Name), (moved.PlannedOn, moved.Visitors[0].Name));
        Assert.Equal(VisitorRole.Politician, politician.Visitors[0].Role);
        Assert.Equal("visit.cancel-reason-required", CompanyVisitRules.Cancel(Planned(), new CancelVisitRequest("  ")).Error?.Code);
    }
}
