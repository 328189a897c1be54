using Bogus;
using Naringslivsplattform.BuildingBlocks.DemoData;
using Naringslivsplattform.BuildingBlocks.PlanContributions;
using Naringslivsplattform.YoungEnterprise.SchoolYears;
using Naringslivsplattform.YoungEnterprise.StudentCompanies;
using Naringslivsplattform.YoungEnterprise.UfEvents;

namespace Naringslivsplattform.YoungEnterprise.Demo;

/// <param name="Registration">Without the school's id, which is known once the school is registered.</param>
/// <param name="WindUp">Whether its school year has ended (in the demo's picture, which ends in December 2024).</param>
internal sealed record DemoStudentCompany(RegisterStudentCompanyRequest Registration, bool WindUp);

/// <summary>A UF event of a school year: planned, then held with participation, cancelled, or left planned.</summary>
/// <param name="AtSchool">Whether it is at the upper-secondary school, whose id is known once it is registered.</param>
/// <param name="Participants">Which of its school year's UF companies took part, by their place in that year's list.</param>
internal sealed record DemoUfEvent(string SchoolYear, PlanUfEventRequest Plan, bool AtSchool, HoldUfEventRequest? Hold, IReadOnlyList<int> Participants, string? CancelReason);

/// <summary>The UF companies and UF events of both school years.</summary>
internal sealed record DemoUf(IReadOnlyList<DemoStudentCompany> Companies, IReadOnlyList<DemoUfEvent> Events);

/// <summary>
/// Ung Företagsamhet (activity 2.2) in the school years 2023/24 and 2024/25: 3–6 UF companies a year at the
/// upper-secondary school, most with a mentor company, and the year's events: the primary-school UF day on 21
/// August, a school visit, an evening for UF companies and the UF fair. The fair of 2024/25 (February 2025) is still
/// planned and one event of 2023/24 was cancelled.
/// </summary>
internal static class DemoYoungEnterprise
{
    private static readonly (string Name, string Idea)[] Ideas =
    [
        ("Fjällglass UF", "Glass smaksatt med bär från skogen, såld på sommarens marknader."), ("Renhornet UF", "Smycken och nyckelringar av renhorn."),
        ("Snöfri UF", "Snöskottning och vedbärning åt äldre i byarna."), ("Lappvante UF", "Vantar och mössor stickade av ull från trakten."),
        ("Bärkraft UF", "Sylt och saft av hjortron och lingon."), ("Kåsverket UF", "Handgjorda kåsor av björk."),
        ("Webbyn UF", "Hemsidor och sociala medier åt småföretag."), ("Fiskekortet UF", "Guidade fisketurer för nybörjare."),
        ("Vedboden UF", "Kluven och torkad ved i säck."), ("Ledkartan UF", "Kartor över skoterleder och vandringsleder."),
    ];

    private const string CancelReason = "Krockade med skolans provvecka; avslutningen hölls i klassrummet i stället.";

    public static DemoUf Make(Faker faker, IReadOnlyList<DemoCompany> companies, DemoPeople people, string town)
    {
        var studentCompanies = new List<DemoStudentCompany>();
        var events = new List<DemoUfEvent>();
        foreach (var startYear in new[] { 2023, 2024 })
        {
            var schoolYear = new SchoolYear(startYear).ToString();
            var year = faker.PickRandom(Ideas, faker.Random.Int(3, 6)).Select(idea => StudentCompany(faker, schoolYear, idea, companies, ended: startYear == 2023)).ToList();
            studentCompanies.AddRange(year);
            events.AddRange(Events(faker, startYear, schoolYear, year.Count, people, town));
        }

        return new DemoUf(studentCompanies, events);
    }

    private static DemoStudentCompany StudentCompany(Faker faker, string schoolYear, (string Name, string Idea) idea, IReadOnlyList<DemoCompany> companies, bool ended)
    {
        var mentor = companies.Count > 0 && faker.Random.Bool(0.8f) ? faker.PickRandom<DemoCompany>(companies).Id : (Guid?)null;
        return new DemoStudentCompany(new RegisterStudentCompanyRequest(schoolYear, null, idea.Name + DemoDataRun.Marker, faker.Random.Int(2, 6), idea.Idea, mentor), ended);
    }

    private static IEnumerable<DemoUfEvent> Events(Faker faker, int startYear, string schoolYear, int companies, DemoPeople people, string town)
    {
        var all = Enumerable.Range(0, companies).ToList();
        DemoUfEvent Event(string kind, DateOnly day, string? title, bool atSchool, int students, int classes, IReadOnlyList<int> participants, bool held = true, string? cancelled = null) =>
            new(schoolYear, new PlanUfEventRequest(kind, day, null, title, town, faker.PickRandom<string>(people.Officials), null), atSchool,
                held && cancelled is null ? new HoldUfEventRequest(day, students, classes, null, faker.Random.Int(0, 12), null) : null, participants, cancelled);

        yield return Event(ContributionKinds.PrimarySchoolUfDay, UfEventKinds.UfDayOf(startYear), null, false, faker.Random.Int(40, 90), faker.Random.Int(2, 4), []);
        yield return Event(ContributionKinds.UpperSecondarySchoolVisit, DemoPicks.Weekday(new(startYear, 9, faker.Random.Int(8, 25))), null, true,
            faker.Random.Int(20, 60), faker.Random.Int(1, 3), []);
        yield return Event(ContributionKinds.UfCompanyActivity, DemoPicks.Weekday(new(startYear, 11, faker.Random.Int(4, 25))), "Kvällsträff för UF-företagare", false,
            faker.Random.Int(8, 25), 0, [.. faker.PickRandom(all, faker.Random.Int(1, companies))]);
        yield return Event(ContributionKinds.UfFair, DemoPicks.Weekday(new(startYear + 1, 2, faker.Random.Int(5, 20))), $"UF-mässa i {town}", false,
            faker.Random.Int(15, 30), 0, all, held: startYear == 2023);
        if (startYear == 2023)
        {
            yield return Event(ContributionKinds.UfCompanyActivity, DemoPicks.Weekday(new(2024, 5, faker.Random.Int(13, 24))), "Avslutning för årets UF-företag", false,
                0, 0, [], cancelled: CancelReason);
        }
    }

    public static async Task WriteAsync(DemoDataRun run, Guid schoolId, DemoUf young, CancellationToken cancellationToken)
    {
        var registered = new List<(string SchoolYear, Guid Id)>();
        foreach (var company in young.Companies)
        {
            var started = (await run.RequiredAsync(new RegisterStudentCompany(company.Registration with { SchoolId = schoolId }), cancellationToken)).Value;
            registered.Add((company.Registration.SchoolYear!, started.Id));
            if (company.WindUp)
            {
                await run.RequiredAsync(new WindUpStudentCompany(started.Id, started.Version), cancellationToken);
            }
        }

        foreach (var ufEvent in young.Events)
        {
            var year = registered.Where(r => r.SchoolYear == ufEvent.SchoolYear).Select(r => r.Id).ToList();
            await EventAsync(run, ufEvent with { Plan = ufEvent.Plan with { SchoolId = ufEvent.AtSchool ? schoolId : null } }, [.. ufEvent.Participants.Select(i => year[i])], cancellationToken);
        }
    }

    private static async Task EventAsync(DemoDataRun run, DemoUfEvent ufEvent, IReadOnlyList<Guid> participants, CancellationToken cancellationToken)
    {
        var planned = (await run.RequiredAsync(new PlanUfEvent(ufEvent.Plan), cancellationToken)).Value;
        if (ufEvent.Hold is { } hold)
        {
            var held = hold with { StudentCompanyIds = participants };
            await run.RequiredAsync(new HoldUfEvent(planned.Id, planned.Version, held), cancellationToken);
        }
        else if (ufEvent.CancelReason is { } reason)
        {
            await run.RequiredAsync(new CancelUfEvent(planned.Id, planned.Version, new CancelUfEventRequest(reason)), cancellationToken);
        }
    }
}
