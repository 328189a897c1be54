using Naringslivsplattform.BuildingBlocks.PlanContributions;
using Naringslivsplattform.Companies.Contracts;
using Naringslivsplattform.Schools.CouncilMeetings;
using Naringslivsplattform.Schools.IndustryCouncils;
using Naringslivsplattform.Schools.LeadTeacherMeetings;
using Naringslivsplattform.Schools.Meetings;
using Naringslivsplattform.Schools.Schools;

namespace Naringslivsplattform.Schools.Tests;

public sealed class MeetingRulesTests
{
    private static readonly DateOnly Today = new(2024, 3, 15);
    private static readonly Guid PlanId = Guid.CreateVersion7();
    private static readonly CompanyReference Member = new(Guid.CreateVersion7(), "Vilhelmina Handel AB", "556000-0001", "Vilhelmina");
    private static readonly School Malgomaj =
        new(Guid.CreateVersion7(), "Malgomajskolan", Contracts.SchoolLevel.UpperSecondary, [new SchoolProgramme(Guid.CreateVersion7(), "Försäljnings- och serviceprogrammet")]);

    private static IndustryCouncil Council()
    {
        var council = IndustryCouncil.Create(IndustryCouncilRules.Start(new(Malgomaj.Id, Malgomaj.Programmes[0].Id), Malgomaj, null).Value!);
        return council.Apply(IndustryCouncilRules.AddMember(council, new(Member.Id, null, null), Member).Value!);
    }

    private static CouncilMeeting Planned() =>
        CouncilMeeting.Create(CouncilMeetingRules.Plan(Guid.CreateVersion7(), Council(), new(new DateOnly(2024, 3, 12), null, "Praktik"), PlanId, "anna").Value!);

    [Fact]
    public void A_planned_council_meeting_contributes_to_2_1_as_an_industry_council_meeting()
    {
        IPlanContributionPlanned planned = CouncilMeetingRules.Plan(Guid.CreateVersion7(), Council(), new(new DateOnly(2024, 3, 12), " ", null), PlanId, "anna").Value!;

        Assert.Equal(
            ("2.1", ContributionKinds.IndustryCouncilMeeting, PlanId, "anna", "Branschrådsmöte: Branschråd Försäljnings- och serviceprogrammet, Malgomajskolan"),
            (planned.ActivityCode, planned.Kind, planned.PlanId, planned.Responsible, planned.Title));
    }

    [Fact]
    public void Holding_keeps_the_attending_members_by_name_and_the_attendees()
    {
        var held = CouncilMeetingRules.Hold(Planned(), Council(), new(new DateOnly(2024, 3, 12), "Bra möte", [Member.Id, Member.Id], ["Lisa Berg", " lisa berg "]), Today).Value!;

        var meeting = Planned().Apply(held);
        Assert.Equal((MeetingStatus.Held, new DateOnly(2024, 3, 12)), (meeting.Status, meeting.Date));
        Assert.Equal([new AttendingCompany(Member.Id, "Vilhelmina Handel AB")], meeting.AttendingCompanies);
        Assert.Equal(["Lisa Berg"], meeting.Attendees);
    }

    [Fact]
    public void Holding_with_a_company_that_is_not_a_member_or_on_a_day_to_come_is_rejected()
    {
        Assert.Equal("council-meeting.unknown-company", CouncilMeetingRules.Hold(Planned(), Council(), new(Today, null, [Guid.NewGuid()], null), Today).Error!.Code);
        Assert.Equal("council-meeting.held-on-in-future", CouncilMeetingRules.Hold(Planned(), Council(), new(Today.AddDays(1), null, null, null), Today).Error!.Code);
    }

    [Fact]
    public void A_held_meeting_cannot_be_cancelled_or_rescheduled_and_a_cancelled_one_cannot_be_held()
    {
        var held = Planned().Apply(CouncilMeetingRules.Hold(Planned(), Council(), new(Today, null, null, null), Today).Value!);
        var cancelled = Planned().Apply(CouncilMeetingRules.Cancel(Planned(), new("Sjukdom")).Value!);

        Assert.Equal("council-meeting.already-held", CouncilMeetingRules.Cancel(held, new("Sent")).Error!.Code);
        Assert.Equal("council-meeting.already-held", CouncilMeetingRules.Reschedule(held, new(Today, null)).Error!.Code);
        Assert.Equal("council-meeting.already-cancelled", CouncilMeetingRules.Hold(cancelled, Council(), new(Today, null, null, null), Today).Error!.Code);
    }

    [Fact]
    public void Cancelling_needs_a_reason_and_rescheduling_needs_a_day()
    {
        Assert.Equal("council-meeting.reason-required", CouncilMeetingRules.Cancel(Planned(), new(" ")).Error!.Code);
        Assert.Equal("council-meeting.day-required", CouncilMeetingRules.Reschedule(Planned(), new(null, "Krock")).Error!.Code);
        Assert.Equal(new DateOnly(2024, 4, 2), Planned().Apply(CouncilMeetingRules.Reschedule(Planned(), new(new DateOnly(2024, 4, 2), "Krock")).Value!).PlannedOn);
    }

    [Fact]
    public void A_lead_teacher_meeting_is_planned_with_a_school_and_held_with_at_least_one_lead_teacher()
    {
        IPlanContributionPlanned planned = LeadTeacherMeetingRules.Plan(Guid.CreateVersion7(), Malgomaj, new(Malgomaj.Id, new DateOnly(2024, 3, 12), "Per", [], ["UF-dag"]), null, "anna").Value!;
        var meeting = LeadTeacherMeeting.Create((LeadTeacherMeetingPlanned)planned);

        var held = LeadTeacherMeetingRules.Hold(meeting, new(new DateOnly(2024, 3, 12), ["Karin Ek"], ["UF-dag", "Entreprenörskapsvecka"], null), Today).Value!;

        Assert.Equal((ContributionKinds.LeadTeacherMeeting, "2.1", "Möte med förstelärare: Malgomajskolan"), (planned.Kind, planned.ActivityCode, planned.Title));
        Assert.Equal((MeetingStatus.Held, 2), (meeting.Apply(held).Status, meeting.Apply(held).PlannedActivities.Count));
        Assert.Equal("lead-teacher-meeting.lead-teachers-required", LeadTeacherMeetingRules.Hold(meeting, new(Today, [" "], null, null), Today).Error!.Code);
        Assert.Equal("lead-teacher-meeting.unknown-school", LeadTeacherMeetingRules.Plan(Guid.CreateVersion7(), null, new(null, Today, null, null, null), null, "anna").Error!.Code);
    }

    [Fact]
    public void More_than_50_names_or_a_name_over_200_characters_is_rejected()
    {
        Assert.Equal("council-meeting.names-invalid", MeetingRules.Names("council-meeting", [.. Enumerable.Range(0, 51).Select(i => $"Namn {i}")]).Error!.Code);
        Assert.Equal("council-meeting.names-invalid", MeetingRules.Names("council-meeting", [new string('a', 201)]).Error!.Code);
    }
}
