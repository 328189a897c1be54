using Bogus;
using Naringslivsplattform.BuildingBlocks.DemoData;
using Naringslivsplattform.Companies.Questionnaires;
using Naringslivsplattform.Companies.Visits;

namespace Naringslivsplattform.Companies.Demo;

/// <summary>A visit to plan, then complete or cancel (with neither it stays planned, not yet reported), and what to follow up.</summary>
internal sealed record DemoVisit(PlanVisitRequest Plan, CompleteVisitRequest? Completion, CancelVisitRequest? Cancellation, IReadOnlyList<DemoFollowUp> FollowUps);

/// <summary>
/// Company visits spread over 2023–2024 by the office's officials, some with a politician: most completed, some
/// cancelled, the last weeks' still planned. Companies in <see cref="UnvisitedSections"/> are never visited, so the
/// coverage by industry shows gaps.
/// </summary>
internal static class DemoVisits
{
    /// <summary>Mining, energy, finance and education: registered, never visited.</summary>
    public static readonly IReadOnlySet<string> UnvisitedSections = new HashSet<string>(StringComparer.Ordinal) { "B", "D", "K", "P" };

    /// <summary>Visits from this day on are left planned, as if not yet reported.</summary>
    private static readonly DateOnly StillPlannedFrom = new(2024, 12, 9);

    private const float CancelledShare = 0.12f;
    private const float AnsweredShare = 0.75f;
    private const float PoliticianShare = 0.3f;

    private static readonly string[] Purposes =
    [
        "Introduktionsbesök", "Uppföljning av förra besöket", "Samtal om kompetensförsörjning", "Samtal om lokalbehov",
        "Företaget bad om ett besök", "Samtal om tillstånd och lov",
    ];

    private static readonly string[] CancelReasons =
    [
        "Företaget fick förhinder", "Sjukdom hos besökaren", "Väglaget gjorde resan omöjlig", "Företaget bad att få flytta besöket till hösten",
    ];

    private static readonly string[] Notes =
    [
        "Positivt besök; företaget vill bli inbjudet till nästa frukostmöte.",
        "Företaget funderar på att bygga ut och vill ha kontakt med samhällsbyggnad.",
        "Svårt att hitta personal till säsongen; tipsade om gymnasiets praktikperioder.",
        "Företaget är nöjt med kommunens service men vill ha snabbare besked om bygglov.",
        "Ägaren planerar generationsskifte inom några år.",
    ];

    private static readonly string[] FreeTexts =
    [
        "Bygglov för en ny verkstadsbyggnad.", "Enklare förfrågningsunderlag och mindre delar att lämna anbud på.",
        "Bättre mobiltäckning längs vägen mot fjällen.", "Fler lediga lägenheter för nyanställda.", "Strandskyddsdispens för en brygga.",
    ];

    public static IReadOnlyList<DemoVisit> Make(
        Faker faker, int count, IReadOnlyList<DemoCompany> companies, DemoPeople people, QuestionnaireVersion? questionnaire)
    {
        var visited = companies.Where(c => !UnvisitedSections.Contains(c.Section)).ToList();
        var days = Enumerable.Range(0, count).Select(_ => DemoPicks.Weekday(faker.Date.BetweenDateOnly(DemoDataRun.First, DemoDataRun.Last))).Order();
        return visited.Count == 0 ? [] : [.. days.Select(day => Visit(faker, faker.PickRandom(visited).Id, day, people, questionnaire))];
    }

    private static DemoVisit Visit(Faker faker, Guid companyId, DateOnly day, DemoPeople people, QuestionnaireVersion? questionnaire)
    {
        List<VisitorRequest> visitors = [new(faker.PickRandom<string>(people.Officials), nameof(VisitorRole.Official))];
        if (faker.Random.Bool(PoliticianShare))
        {
            visitors.Add(new(faker.PickRandom<string>(people.Politicians), nameof(VisitorRole.Politician)));
        }

        var plan = new PlanVisitRequest(companyId, day, visitors, faker.PickRandom(Purposes));
        if (day >= StillPlannedFrom)
        {
            return new DemoVisit(plan, null, null, []);
        }

        if (faker.Random.Bool(CancelledShare))
        {
            return new DemoVisit(plan, null, new CancelVisitRequest(faker.PickRandom(CancelReasons)), []);
        }

        var answered = questionnaire is not null && faker.Random.Bool(AnsweredShare);
        var completion = new CompleteVisitRequest(
            day, null, answered ? questionnaire!.QuestionnaireId : null, answered ? questionnaire!.Version : null,
            answered ? Answers(faker, questionnaire!) : null, faker.Random.Bool(0.6f) ? faker.PickRandom(Notes) : null);
        var completed = new DemoVisit(plan, completion, null, []);
        return completed with { FollowUps = DemoFollowUps.Make(faker, completed, answered ? questionnaire : null, visitors[0].Name!) };
    }

    /// <summary>Answers of the question's type to every required question and about half of the others.</summary>
    private static List<QuestionAnswer> Answers(Faker faker, QuestionnaireVersion questionnaire) =>
        [.. questionnaire.Questions.Where(q => q.Required || faker.Random.Bool()).Select(q => Answer(faker, q))];

    private static QuestionAnswer Answer(Faker faker, Question question) => question.Type switch
    {
        QuestionType.Scale1To5 => new(question.Key, faker.Random.WeightedRandom([1, 2, 3, 4, 5], [0.08f, 0.17f, 0.3f, 0.3f, 0.15f]), null, null, null),
        QuestionType.YesNo => new(question.Key, null, faker.Random.Bool(0.7f), null, null),
        QuestionType.SingleChoice => new(question.Key, null, null, [faker.PickRandom<string>(question.Options)], null),
        QuestionType.MultipleChoice => new(question.Key, null, null, [.. faker.PickRandom(question.Options, faker.Random.Int(1, Math.Min(2, question.Options.Count)))], null),
        _ => new(question.Key, null, null, null, faker.PickRandom(FreeTexts)),
    };
}
