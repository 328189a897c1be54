using Naringslivsplattform.Companies.Questionnaires;

namespace Naringslivsplattform.Companies.Tests;

public sealed class QuestionnaireAnswersTests
{
    private static readonly QuestionnaireVersion Version = new(Guid.CreateVersion7(), 2, "Företagsbesök", null,
    [
        new Question("rekrytering", "kompetensforsorjning", "Hur lätt är det att rekrytera?", QuestionType.Scale1To5, [], true),
        new Question("expansion", "tillvaxt", "Planerar ni att växa?", QuestionType.YesNo, [], false),
        new Question("lokal", "lokaler", "Vilken lokal behöver ni mest?", QuestionType.SingleChoice, ["Kontor", "Lager"], false),
        new Question("hinder", "tillstand", "Vilka tillstånd är svåra?", QuestionType.MultipleChoice, ["Bygglov", "Miljötillstånd", "Serveringstillstånd"], false),
        new Question("ovrigt", "ovrigt", "Något mer?", QuestionType.FreeText, [], false),
    ]);

    private static QuestionAnswer Scale(int value) => new("rekrytering", value, null, null, null);

    private static readonly QuestionAnswer[] AllAnswered =
    [
        Scale(4),
        new("expansion", null, true, null, null),
        new("lokal", null, null, ["Lager"], null),
        new("hinder", null, null, ["Bygglov", "Serveringstillstånd"], null),
        new("ovrigt", null, null, null, "Bredband till industriområdet."),
    ];

    [Fact]
    public void Answers_that_fit_every_question_pass()
    {
        Assert.Null(QuestionnaireAnswers.Check(Version, AllAnswered));
    }

    [Fact]
    public void Optional_questions_may_be_left_unanswered()
    {
        Assert.Null(QuestionnaireAnswers.Check(Version, [Scale(1)]));
    }

    /// <summary>By case name, as the requests are internal types a public theory cannot take.</summary>
    private static readonly Dictionary<string, (QuestionAnswer[] Answers, string Code)> BadAnswersCases = new()
    {
        ["visit.answer-unknown-question #1"] = ([Scale(3), new("okand", 3, null, null, null)], "visit.answer-unknown-question"),
        ["visit.answer-duplicate #2"] = ([Scale(3), Scale(4)], "visit.answer-duplicate"),
        ["visit.answer-wrong-type #3"] = ([new("rekrytering", null, true, null, null)], "visit.answer-wrong-type"),
        ["visit.answer-wrong-type #4"] = ([new("rekrytering", 3, true, null, null)], "visit.answer-wrong-type"),
        ["visit.answer-wrong-type #5"] = ([new("rekrytering", null, null, null, null)], "visit.answer-wrong-type"),
        ["visit.answer-wrong-type #6"] = ([Scale(3), new("expansion", null, null, null, "ja")], "visit.answer-wrong-type"),
        ["visit.answer-wrong-type #7"] = ([Scale(3), new("lokal", null, null, null, "Kontor")], "visit.answer-wrong-type"),
        ["visit.answer-wrong-type #8"] = ([Scale(3), new("ovrigt", null, null, ["Kontor"], null)], "visit.answer-wrong-type"),
        ["visit.answer-out-of-range #9"] = ([Scale(0)], "visit.answer-out-of-range"),
        ["visit.answer-out-of-range #10"] = ([Scale(6)], "visit.answer-out-of-range"),
        ["visit.answer-out-of-range #11"] = ([Scale(3), new("lokal", null, null, ["Kontor", "Lager"], null)], "visit.answer-out-of-range"),
        ["visit.answer-out-of-range #12"] = ([Scale(3), new("lokal", null, null, [], null)], "visit.answer-out-of-range"),
        ["visit.answer-out-of-range #13"] = ([Scale(3), new("hinder", null, null, [], null)], "visit.answer-out-of-range"),
        ["visit.answer-out-of-range #14"] = ([Scale(3), new("hinder", null, null, ["Bygglov", "Bygglov"], null)], "visit.answer-out-of-range"),
        ["visit.answer-out-of-range #15"] = ([Scale(3), new("ovrigt", null, null, null, " ")], "visit.answer-out-of-range"),
        ["visit.answer-out-of-range #16"] = ([Scale(3), new("ovrigt", null, null, null, new string('x', 4001))], "visit.answer-out-of-range"),
        ["visit.answer-unknown-option #17"] = ([Scale(3), new("lokal", null, null, ["Garage"], null)], "visit.answer-unknown-option"),
        ["visit.answer-unknown-option #18"] = ([Scale(3), new("hinder", null, null, ["Bygglov", "bygglov"], null)], "visit.answer-unknown-option"),
        ["visit.answer-required-missing #19"] = ([new("expansion", null, false, null, null)], "visit.answer-required-missing"),
        ["visit.answer-required-missing #20"] = ([], "visit.answer-required-missing"),
    };

    public static TheoryData<string> BadAnswers => [.. BadAnswersCases.Keys];

    [Theory]
    [MemberData(nameof(BadAnswers))]
    public void Answers_that_do_not_fit_are_refused_with_a_stable_code(string caseName)
    {
        var (answers, code) = BadAnswersCases[caseName];
        var error = QuestionnaireAnswers.Check(Version, answers)!;

        Assert.Equal((code, 400), (error.Code, error.Status));
    }

    [Fact]
    public void The_message_names_the_question_text()
    {
        Assert.Contains("Hur lätt är det att rekrytera?", QuestionnaireAnswers.Check(Version, [Scale(9)])!.Message, StringComparison.Ordinal);
        Assert.Contains("Hur lätt är det att rekrytera?", QuestionnaireAnswers.Check(Version, [])!.Message, StringComparison.Ordinal);
        Assert.Contains("Vilken lokal behöver ni mest?", QuestionnaireAnswers.Check(Version, [Scale(3), new("lokal", null, null, ["Garage"], null)])!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_longest_allowed_text_passes()
    {
        Assert.Null(QuestionnaireAnswers.Check(Version, [Scale(5), new("ovrigt", null, null, null, new string('x', 4000))]));
    }
}
