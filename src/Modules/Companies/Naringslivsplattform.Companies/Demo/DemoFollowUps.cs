using Bogus;
using Naringslivsplattform.BuildingBlocks.DemoData;
using Naringslivsplattform.Companies.FollowUps;
using Naringslivsplattform.Companies.Questionnaires;

namespace Naringslivsplattform.Companies.Demo;

/// <summary>A follow-up of something a company raised at a visit or a meeting: opened, then resolved, closed with feedback, or left open.</summary>
/// <param name="Open">Without the visit's id, which is known once the visit is planned.</param>
internal sealed record DemoFollowUp(OpenFollowUpRequest Open, ResolveFollowUpRequest? Resolution, CloseFollowUpRequest? Closing);

/// <summary>
/// Follow-ups opened from visit answers that signal a need (a low score, a "no", a free-text answer), for about half of
/// such visits: most closed with feedback to the company, some resolved and awaiting feedback, the rest still open and
/// by now overdue.
/// </summary>
internal static class DemoFollowUps
{
    private const float OpenedShare = 0.5f;

    private static readonly Dictionary<string, FollowUpCategory> CategoryByTheme = new(StringComparer.Ordinal)
    {
        ["kompetensforsorjning"] = FollowUpCategory.SkillsSupply,
        ["lokaler"] = FollowUpCategory.Premises,
        ["tillstand"] = FollowUpCategory.Permits,
        ["infrastruktur"] = FollowUpCategory.Infrastructure,
        ["upphandling"] = FollowUpCategory.Procurement,
    };

    private static readonly string[] Outcomes =
    [
        "Kontakt förmedlad med rätt förvaltning; ärendet är igång.", "Företaget fick information om stöd och bidrag.",
        "Mötet med samhällsbyggnad hölls och frågan är utredd.", "Frågan togs upp i näringslivsrådet.",
    ];

    private static readonly string[] Feedback =
    [
        "Ringde företaget och berättade vad som hänt.", "Återkoppling per e-post.", "Återkoppling vid nästa besök.",
    ];

    /// <param name="owner">Who follows it up: the official who made the visit.</param>
    public static IReadOnlyList<DemoFollowUp> Make(Faker faker, DemoVisit visit, QuestionnaireVersion? questionnaire, string owner)
    {
        if (visit.Completion is not { HeldOn: { } day, Answers: { } answers } || questionnaire is null)
        {
            return [];
        }

        var needs = answers.Select(a => (Answer: a, Question: questionnaire.Questions.First(q => q.Key == a.QuestionKey))).Where(x => SignalsNeed(x.Answer)).ToList();
        if (needs.Count == 0 || !faker.Random.Bool(OpenedShare))
        {
            return [];
        }

        var (answer, question) = faker.PickRandom(needs);
        var due = day.AddDays(faker.Random.Int(14, 60));
        var open = new OpenFollowUpRequest(
            visit.Plan.CompanyId, null, question.Key, $"Svar vid besöket: {Summary(answer)}", $"Följ upp: {question.Text}",
            CategoryByTheme.GetValueOrDefault(question.Theme, FollowUpCategory.Other).ToString(), owner, day, due);
        return [Settle(faker, open, due)];
    }

    /// <summary>Most closed with feedback to the company, some resolved and awaiting feedback, the rest left open.</summary>
    public static DemoFollowUp Settle(Faker faker, OpenFollowUpRequest open, DateOnly due)
    {
        var done = due.AddDays(faker.Random.Int(-10, 20));
        return faker.Random.WeightedRandom([0, 1, 2], [0.55f, 0.15f, 0.3f]) switch
        {
            0 => new(open, null, new CloseFollowUpRequest(faker.PickRandom(Outcomes), done, done, faker.PickRandom(Feedback))),
            1 => new(open, new ResolveFollowUpRequest(faker.PickRandom(Outcomes), done), null),
            _ => new(open, null, null),
        };
    }

    /// <param name="visitId">The visit it came from, known once the visit is planned; null for one from a meeting.</param>
    public static async Task WriteAsync(DemoDataRun run, Guid? visitId, DemoFollowUp followUp, CancellationToken cancellationToken)
    {
        var opened = (await run.RequiredAsync(new OpenFollowUp(followUp.Open with { VisitId = visitId }), cancellationToken)).Value;
        if (followUp.Resolution is { } resolution)
        {
            await run.RequiredAsync(new ResolveFollowUp(opened.Id, opened.Version, resolution), cancellationToken);
        }
        else if (followUp.Closing is { } closing)
        {
            await run.RequiredAsync(new CloseFollowUp(opened.Id, opened.Version, closing), cancellationToken);
        }
    }

    private static bool SignalsNeed(QuestionAnswer answer) => answer.Scale is <= 2 || answer.YesNo is false || answer.Text is not null;

    private static string Summary(QuestionAnswer answer) =>
        answer.Scale is { } scale ? $"{scale} av 5"
        : answer.YesNo is { } yes ? yes ? "Ja" : "Nej"
        : answer.Choices is { } choices ? string.Join(", ", choices)
        : answer.Text ?? "";
}
