using Bogus;
using Naringslivsplattform.BuildingBlocks.DemoData;
using Naringslivsplattform.Schools.Contracts;
using Naringslivsplattform.Schools.CouncilMeetings;
using Naringslivsplattform.Schools.IndustryCouncils;
using Naringslivsplattform.Schools.LeadTeacherMeetings;
using Naringslivsplattform.Schools.Schools;

namespace Naringslivsplattform.Schools.Demo;

/// <summary>An industry council meeting, planned and held on its day by the members that came.</summary>
internal sealed record DemoCouncilMeeting(PlanCouncilMeetingRequest Plan, HoldCouncilMeetingRequest Hold);

/// <summary>A programme of the school with its industry council's member companies (and who holds each seat) and meetings.</summary>
internal sealed record DemoCouncil(string Programme, IReadOnlyList<CouncilMemberRequest> Members, IReadOnlyList<DemoCouncilMeeting> Meetings);

/// <param name="Plan">Without the school's id, which is known once the school is registered.</param>
internal sealed record DemoLeadTeacherMeeting(PlanLeadTeacherMeetingRequest Plan, HoldLeadTeacherMeetingRequest Hold);

internal sealed record DemoSchool(string Name, IReadOnlyList<DemoCouncil> Councils, IReadOnlyList<DemoLeadTeacherMeeting> LeadTeacherMeetings);

/// <summary>
/// School collaboration (activity 2.1): the upper-secondary school under a clearly fictional name, with the programme
/// the plan names first and one or two more, an industry council per programme with 3–5 member companies of its
/// trades where there are enough, held council meetings in spring and autumn, and a few meetings with lead teachers.
/// </summary>
internal static class DemoSchools
{
    public const string SchoolName = "Malgomajskolan" + DemoDataRun.Marker;

    /// <summary>Programmes and the SNI sections whose companies sit on their councils.</summary>
    private static readonly (string Programme, string[] Sections)[] Programmes =
    [
        ("Försäljnings- och serviceprogrammet", ["G", "N", "S"]),
        ("Bygg- och anläggningsprogrammet", ["F"]),
        ("Hotell- och turismprogrammet", ["I", "N", "R"]),
        ("Fordons- och transportprogrammet", ["H", "G"]),
    ];

    private static readonly string[] SeatRoles = ["VD", "Ägare", "Platschef", "Personalansvarig"];

    private static readonly string[] Agendas =
    [
        "Praktikplatser (APL) för nästa läsår", "Programmets kurser och företagens behov", "Rekrytering av elever till programmet",
        "Utrustning och lokaler för yrkeskurserna",
    ];

    private static readonly string[] CouncilNotes =
    [
        "Företagen kan ta emot fler elever på APL under hösten.", "Önskemål om en kurs i kundbemötande.",
        "Företagen erbjuder studiebesök för årskurs 1.", "Diskussion om sommarjobb för elever som gått ut.",
    ];

    private static readonly string[] Activities =
    [
        "Entreprenörskapsdag för årskurs 8", "Studiebesök på lokala företag", "Företagare berättar i klassrummet", "UF-mässa på skolan",
        "Innovationsvecka i årskurs 5",
    ];

    private static readonly int[] Years = [2023, 2024];

    private static readonly DateOnly[] LeadTeacherDays = [new(2023, 8, 16), new(2024, 1, 17), new(2024, 8, 14)];

    public static DemoSchool Make(Faker faker, IReadOnlyList<DemoCompany> companies, DemoPeople people)
    {
        var programmes = Programmes.Take(1).Concat(faker.PickRandom(Programmes.Skip(1), faker.Random.Int(1, 2))).ToList();
        var councils = programmes.Select(p => Council(faker, p.Programme, p.Sections, companies, people)).ToList();
        var teachers = Enumerable.Range(0, 3).Select(_ => faker.Name.FullName()).ToList();
        var meetings = LeadTeacherDays.Select(day => LeadTeacherMeeting(faker, day, teachers, people)).ToList();
        return new DemoSchool(SchoolName, councils, meetings);
    }

    private static DemoCouncil Council(Faker faker, string programme, string[] sections, IReadOnlyList<DemoCompany> companies, DemoPeople people)
    {
        var members = DemoPicks.Members(faker, companies, faker.Random.Int(3, 5), c => sections.Contains(c.Section))
            .Select(c => new CouncilMemberRequest(c.Id, faker.Name.FullName(), faker.PickRandom(SeatRoles))).ToList();
        var days = Years.SelectMany(year => new[] { new DateOnly(year, 3, faker.Random.Int(6, 28)), new DateOnly(year, 10, faker.Random.Int(2, 27)) });
        return new DemoCouncil(programme, members, [.. days.Select(day => CouncilMeeting(faker, DemoPicks.Weekday(day), members, people))]);
    }

    private static DemoCouncilMeeting CouncilMeeting(Faker faker, DateOnly day, List<CouncilMemberRequest> members, DemoPeople people)
    {
        var responsible = faker.PickRandom<string>(people.Officials);
        var came = members.Count == 0 ? [] : faker.PickRandom(members, faker.Random.Int(1, members.Count)).ToList();
        return new DemoCouncilMeeting(
            new PlanCouncilMeetingRequest(day, responsible, faker.PickRandom(Agendas)),
            new HoldCouncilMeetingRequest(day, faker.PickRandom(CouncilNotes), [.. came.Select(m => m.CompanyId!.Value)], [responsible, .. came.Select(m => m.SeatHolder)]));
    }

    private static DemoLeadTeacherMeeting LeadTeacherMeeting(Faker faker, DateOnly day, List<string> teachers, DemoPeople people)
    {
        var present = faker.PickRandom(teachers, faker.Random.Int(1, teachers.Count)).ToList<string?>();
        var activities = faker.PickRandom(Activities, faker.Random.Int(1, 3)).ToList<string?>();
        return new DemoLeadTeacherMeeting(
            new PlanLeadTeacherMeetingRequest(null, day, faker.PickRandom<string>(people.Officials), [.. teachers], activities),
            new HoldLeadTeacherMeetingRequest(day, present, activities, null));
    }

    /// <returns>The school's id, which the UF companies and school visits name.</returns>
    public static async Task<Guid> WriteAsync(DemoDataRun run, DemoSchool school, CancellationToken cancellationToken)
    {
        var registered = (await run.RequiredAsync(new RegisterSchool(new RegisterSchoolRequest(school.Name, nameof(SchoolLevel.UpperSecondary))), cancellationToken)).Value;
        var version = registered.Version;
        foreach (var council in school.Councils)
        {
            var changed = await run.RequiredAsync(new AddProgramme(registered.Id, version, new AddProgrammeRequest(council.Programme)), cancellationToken);
            version = changed.Version;
            await CouncilAsync(run, registered.Id, changed.Programmes.Single(p => p.Name == council.Programme).Id, council, cancellationToken);
        }

        foreach (var meeting in school.LeadTeacherMeetings)
        {
            var planned = (await run.RequiredAsync(new PlanLeadTeacherMeeting(meeting.Plan with { SchoolId = registered.Id }), cancellationToken)).Value;
            await run.RequiredAsync(new HoldLeadTeacherMeeting(planned.Id, planned.Version, meeting.Hold), cancellationToken);
        }

        return registered.Id;
    }

    private static async Task CouncilAsync(DemoDataRun run, Guid schoolId, Guid programmeId, DemoCouncil council, CancellationToken cancellationToken)
    {
        var started = (await run.RequiredAsync(new StartIndustryCouncil(new StartIndustryCouncilRequest(schoolId, programmeId)), cancellationToken)).Value;
        var version = started.Version;
        foreach (var member in council.Members)
        {
            version = (await run.RequiredAsync(new AddCouncilMember(started.Id, version, member), cancellationToken)).Version;
        }

        foreach (var meeting in council.Meetings)
        {
            var planned = (await run.RequiredAsync(new PlanCouncilMeeting(started.Id, meeting.Plan), cancellationToken)).Value;
            await run.RequiredAsync(new HoldCouncilMeeting(planned.Id, planned.Version, meeting.Hold), cancellationToken);
        }
    }
}
