using Naringslivsplattform.BuildingBlocks.PlanContributions;
using Naringslivsplattform.Schools.Contracts;
using Naringslivsplattform.YoungEnterprise.UfEvents;

namespace Naringslivsplattform.YoungEnterprise.Tests;

/// <summary>Every transition of a UF event, legal and illegal, with the code each refusal carries.</summary>
public sealed class UfEventRulesTests
{
    private static readonly DateOnly Today = new(2024, 9, 10);

    private static readonly SchoolReference Primary = new(Guid.CreateVersion7(), "Parkskolan", SchoolLevel.Primary);

    private static readonly SchoolReference Gymnasium = new(Guid.CreateVersion7(), "Malgomajskolan", SchoolLevel.UpperSecondary);

    private static readonly Guid FjallglassUf = Guid.CreateVersion7();

    private static PlanUfEventRequest UfDay(Guid? schoolId = null) =>
        new(ContributionKinds.PrimarySchoolUfDay, new DateOnly(2024, 8, 21), schoolId ?? Primary.Id, null, "Vilhelmina", "Anna Andersson", null);

    private static UfEvent Planned() => UfEvent.Create(UfEventRules.Plan(Guid.CreateVersion7(), UfDay(), Primary, null, Today).Value!);

    private static HoldUfEventRequest Held(DateOnly? heldOn = null, int? students = 48, IReadOnlyList<Guid>? companies = null) =>
        new(heldOn ?? new DateOnly(2024, 8, 21), students, 3, companies ?? [FjallglassUf], 5, null);

    [Fact]
    public void A_planned_uf_day_serves_2_2_under_its_kind_with_a_title_from_the_kind_and_school()
    {
        var planId = Guid.CreateVersion7();
        IPlanContributionPlanned planned = UfEventRules.Plan(Guid.CreateVersion7(), UfDay(), Primary, planId, Today).Value!;

        Assert.Equal(("2.2", "PrimarySchoolUfDay", "UF-dag i grundskolan: Parkskolan", planId, new DateOnly(2024, 8, 21), "Anna Andersson", "Vilhelmina"),
            (planned.ActivityCode, planned.Kind, planned.Title, planned.PlanId, planned.PlannedOn, planned.Responsible, planned.Locality));
        Assert.Equal($"uf/handelser/{planned.ContributionId}", planned.Link);
    }

    [Fact]
    public void A_kind_is_read_whatever_its_case_and_a_fair_needs_no_school()
    {
        var fair = UfEventRules.Plan(Guid.CreateVersion7(), new(" uffair ", Today, null, "UF-mässa i Lycksele", null, "Anna Andersson", null), null, null, Today);

        Assert.Equal((ContributionKinds.UfFair, "UF-mässa i Lycksele", (Guid?)null), (fair.Value?.Kind, fair.Value?.Title, fair.Value?.SchoolId));
    }

    /// <summary>By case name, as the requests are internal types a public theory cannot take.</summary>
    private static readonly Dictionary<string, (PlanUfEventRequest Request, SchoolReference? School, string Code)> BadPlans = new()
    {
        ["no kind"] = (UfDay() with { Kind = null }, Primary, "uf-event.kind-invalid"),
        ["a company visit"] = (UfDay() with { Kind = ContributionKinds.CompanyVisit }, Primary, "uf-event.kind-invalid"),
        ["no day"] = (UfDay() with { PlannedOn = null }, Primary, "uf-event.planned-on-invalid"),
        ["too far ahead"] = (UfDay() with { PlannedOn = Today.AddYears(4) }, Primary, "uf-event.planned-on-invalid"),
        ["unknown school"] = (UfDay(Guid.NewGuid()), null, "uf-event.unknown-school"),
        ["school visit without a school"] = (UfDay() with { Kind = ContributionKinds.UpperSecondarySchoolVisit, SchoolId = null }, null, "uf-event.school-required"),
        ["school visit at a primary school"] = (UfDay() with { Kind = ContributionKinds.UpperSecondarySchoolVisit }, Primary, "uf-event.school-level-mismatch"),
        ["uf day at the gymnasium"] = (UfDay(Gymnasium.Id), Gymnasium, "uf-event.school-level-mismatch"),
        ["no one responsible"] = (UfDay() with { Responsible = " " }, Primary, "uf-event.responsible-required"),
        ["long title"] = (UfDay() with { Title = new string('x', 201) }, Primary, "uf-event.title-too-long"),
        ["long description"] = (UfDay() with { Description = new string('x', 4001) }, Primary, "uf-event.description-too-long"),
    };

    public static TheoryData<string> BadPlanCases => [.. BadPlans.Keys];

    [Theory]
    [MemberData(nameof(BadPlanCases))]
    public void A_bad_plan_is_refused_with_its_code(string name)
    {
        var (request, school, code) = BadPlans[name];

        Assert.Equal(code, UfEventRules.Plan(Guid.CreateVersion7(), request, school, null, Today).Error?.Code);
    }

    [Fact]
    public void Holding_keeps_the_participation_and_each_uf_company_once()
    {
        var ufEvent = Planned();

        var held = UfEventRules.Hold(ufEvent, Held(companies: [FjallglassUf, FjallglassUf]), new HashSet<Guid> { FjallglassUf }, Today).Value!;
        var after = ufEvent.Apply(held);

        Assert.Equal(new UfParticipation(48, 3, [FjallglassUf], 5), held.Participation);
        Assert.Equal((UfEventStatus.Held, new DateOnly(2024, 8, 21), new DateOnly(2024, 8, 21)), (after.Status, after.HeldOn, after.Date));
    }

    private static readonly Dictionary<string, (HoldUfEventRequest Request, string Code)> BadHolds = new()
    {
        ["no day"] = (Held() with { HeldOn = null }, "uf-event.held-on-required"),
        ["in the future"] = (Held(Today.AddDays(1)), "uf-event.held-on-in-future"),
        ["negative students"] = (Held(students: -1), "uf-event.count-invalid"),
        ["negative visitors"] = (Held() with { Visitors = -3 }, "uf-event.count-invalid"),
        ["a town of visitors"] = (Held() with { Visitors = 10_001 }, "uf-event.count-invalid"),
        ["unknown uf company"] = (Held(companies: [FjallglassUf, Guid.NewGuid()]), "uf-event.unknown-student-company"),
    };

    public static TheoryData<string> BadHoldCases => [.. BadHolds.Keys];

    [Theory]
    [MemberData(nameof(BadHoldCases))]
    public void A_bad_hold_is_refused_with_its_code(string name)
    {
        var (request, code) = BadHolds[name];

        Assert.Equal(code, UfEventRules.Hold(Planned(), request, new HashSet<Guid> { FjallglassUf }, Today).Error?.Code);
    }

    [Fact]
    public void Only_a_planned_event_is_rescheduled_held_or_cancelled()
    {
        var planned = Planned();
        var cancelled = planned.Apply(UfEventRules.Cancel(planned, new CancelUfEventRequest("Skolan stängd")).Value!);
        var held = planned.Apply(UfEventRules.Hold(planned, Held(companies: []), new HashSet<Guid>(), Today).Value!);

        Assert.Equal(
            ["uf-event.already-cancelled", "uf-event.already-cancelled", "uf-event.already-held", "uf-event.already-held", "uf-event.cancel-reason-required"],
            [
                UfEventRules.Reschedule(cancelled, new RescheduleUfEventRequest(Today, null), Today).Error?.Code,
                UfEventRules.Hold(cancelled, Held(), new HashSet<Guid> { FjallglassUf }, Today).Error?.Code,
                UfEventRules.Cancel(held, new CancelUfEventRequest("För sent")).Error?.Code,
                UfEventRules.Reschedule(held, new RescheduleUfEventRequest(Today, null), Today).Error?.Code,
                UfEventRules.Cancel(planned, new CancelUfEventRequest(" ")).Error?.Code,
            ]);
        Assert.Equal(new DateOnly(2024, 8, 28), planned.Apply(UfEventRules.Reschedule(planned, new RescheduleUfEventRequest(new DateOnly(2024, 8, 28), "Regn"), Today).Value!).PlannedOn);
    }
}
