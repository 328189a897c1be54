using Naringslivsplattform.Companies.Questionnaires;

namespace Naringslivsplattform.Companies.Tests;

public sealed class QuestionnaireRulesTests
{
    private static readonly Guid QuestionnaireId = Guid.CreateVersion7();

    private static QuestionRequest Scale(string key = "rekrytering", string theme = "kompetensforsorjning", string text = "Hur lätt är det att rekrytera?") =>
        new(key, theme, text, "Scale1To5", null, true);

    private static QuestionRequest Choice(string type = "SingleChoice", params string[] options) =>
        new("lokalbehov", "lokaler", "Vilket lokalbehov har ni?", type, options, false);

    private static QuestionnaireRequest Request(params QuestionRequest[] questions) =>
        new("Företagsbesök", "Grundfrågor vid besök", questions.Length == 0 ? [Scale()] : questions);

    private static Questionnaire Created(params QuestionRequest[] questions) =>
        Questionnaire.Create(QuestionnaireRules.Create(QuestionnaireId, Request(questions)).Value!);

    [Fact]
    public void Creating_a_valid_questionnaire_gives_version_1_with_trimmed_questions()
    {
        var created = QuestionnaireRules.Create(QuestionnaireId, Request(Scale(key: " rekrytering "), Choice("multiplechoice", " Kontor ", "Lager"))).Value!;
        var questionnaire = Questionnaire.Create(created);

        Assert.Equal((1, "Företagsbesök", false), (questionnaire.Latest.Version, questionnaire.Latest.Title, questionnaire.Retired));
        Assert.Equal(["rekrytering", "lokalbehov"], questionnaire.Latest.Questions.Select(q => q.Key));
        Assert.Equal(QuestionType.MultipleChoice, questionnaire.Latest.Questions[1].Type);
        Assert.Equal(["Kontor", "Lager"], questionnaire.Latest.Questions[1].Options);
        Assert.Empty(questionnaire.Latest.Questions[0].Options);
    }

    /// <summary>By case name, as the requests are internal types a public theory cannot take.</summary>
    private static readonly Dictionary<string, (QuestionnaireRequest Request, string Code)> BadRequestsCases = new()
    {
        ["questionnaire.title-required #1"] = (new QuestionnaireRequest(" ", null, [Scale()]), "questionnaire.title-required"),
        ["questionnaire.too-long #2"] = (new QuestionnaireRequest(new string('x', 201), null, [Scale()]), "questionnaire.too-long"),
        ["questionnaire.too-long #3"] = (new QuestionnaireRequest("Besök", new string('x', 2001), [Scale()]), "questionnaire.too-long"),
        ["questionnaire.no-questions #4"] = (new QuestionnaireRequest("Besök", null, []), "questionnaire.no-questions"),
        ["questionnaire.no-questions #5"] = (new QuestionnaireRequest("Besök", null, null), "questionnaire.no-questions"),
        ["questionnaire.too-many-questions #6"] = (new QuestionnaireRequest("Besök", null, [.. Enumerable.Range(0, 101).Select(i => Scale(key: $"q{i}"))]), "questionnaire.too-many-questions"),
        ["questionnaire.duplicate-question-key #7"] = (Request(Scale(), Scale(text: "Samma nyckel igen")), "questionnaire.duplicate-question-key"),
        ["questionnaire.question-key-invalid #8"] = (Request(Scale(key: "Rekrytering")), "questionnaire.question-key-invalid"),
        ["questionnaire.question-key-invalid #9"] = (Request(Scale(key: "-rekrytering")), "questionnaire.question-key-invalid"),
        ["questionnaire.question-key-invalid #10"] = (Request(Scale(key: new string('a', 41))), "questionnaire.question-key-invalid"),
        ["questionnaire.unknown-theme #11"] = (Request(Scale(theme: "turism")), "questionnaire.unknown-theme"),
        ["questionnaire.question-text-required #12"] = (Request(Scale(text: " ")), "questionnaire.question-text-required"),
        ["questionnaire.too-long #13"] = (Request(Scale(text: new string('x', 501))), "questionnaire.too-long"),
        ["questionnaire.unknown-question-type #14"] = (Request(new QuestionRequest("a", "ovrigt", "Fråga", "Rating", null, false)), "questionnaire.unknown-question-type"),
        ["questionnaire.unknown-question-type #15"] = (Request(new QuestionRequest("a", "ovrigt", "Fråga", "1", null, false)), "questionnaire.unknown-question-type"),
        ["questionnaire.unknown-question-type #16"] = (Request(new QuestionRequest("a", "ovrigt", "Fråga", "Scale1To5, YesNo", null, false)), "questionnaire.unknown-question-type"),
        ["questionnaire.options-required #17"] = (Request(Choice("SingleChoice", "Kontor")), "questionnaire.options-required"),
        ["questionnaire.options-required #18"] = (Request(Choice("MultipleChoice")), "questionnaire.options-required"),
        ["questionnaire.options-required #19"] = (Request(Choice("SingleChoice", "Kontor", "kontor")), "questionnaire.options-required"),
        ["questionnaire.options-required #20"] = (Request(Choice("SingleChoice", "Kontor", " ")), "questionnaire.options-required"),
        ["questionnaire.too-long #21"] = (Request(Choice("SingleChoice", "Kontor", new string('x', 201))), "questionnaire.too-long"),
        ["questionnaire.options-not-allowed #22"] = (Request(Choice("YesNo", "Ja", "Nej")), "questionnaire.options-not-allowed"),
        ["questionnaire.options-not-allowed #23"] = (Request(Choice("FreeText", "Ja", "Nej")), "questionnaire.options-not-allowed"),
    };

    public static TheoryData<string> BadRequests => [.. BadRequestsCases.Keys];

    [Theory]
    [MemberData(nameof(BadRequests))]
    public void Creating_with_bad_input_is_refused_with_a_stable_code(string caseName)
    {
        var (request, code) = BadRequestsCases[caseName];
        var error = QuestionnaireRules.Create(QuestionnaireId, request).Error!;

        Assert.Equal((code, 400), (error.Code, error.Status));
    }

    [Fact]
    public void An_error_in_a_question_names_its_number()
    {
        var error = QuestionnaireRules.Create(QuestionnaireId, Request(Scale(), Scale(key: "lokaler", theme: "turism"))).Error!;

        Assert.StartsWith("Fråga 2:", error.Message, StringComparison.Ordinal);
        Assert.Contains("turism", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Publishing_new_questions_adds_the_next_version_and_keeps_the_old_one()
    {
        var questionnaire = Created();
        var published = QuestionnaireRules.Revise(questionnaire, Request(Scale(), Choice("SingleChoice", "Kontor", "Lager"))).Value!;
        var changed = questionnaire.Apply(published);

        Assert.Equal(2, published.Version);
        Assert.Equal([1, 2], changed.Versions.Select(v => v.Version));
        Assert.Single(changed.Version(1)!.Questions);
        Assert.Equal(2, changed.Latest.Questions.Count);
        Assert.Null(changed.Version(3));
        Assert.Null(changed.Version(0));
    }

    [Fact]
    public void Changing_only_the_title_or_the_order_of_questions_is_a_new_version()
    {
        var questionnaire = Created(Scale(), Choice("SingleChoice", "Kontor", "Lager"));

        Assert.NotNull(QuestionnaireRules.Revise(questionnaire, Request(Choice("SingleChoice", "Kontor", "Lager"), Scale())).Value);
        Assert.NotNull(QuestionnaireRules.Revise(questionnaire, Request(Scale(), Choice("SingleChoice", "Lager", "Kontor"))).Value);
        Assert.NotNull(QuestionnaireRules.Revise(questionnaire, Request(Scale(), Choice("SingleChoice", "Kontor", "Lager")) with { Title = "Besök 2" }).Value);
    }

    [Fact]
    public void Publishing_the_same_questions_again_is_refused_as_unchanged()
    {
        var questionnaire = Created(Scale(), Choice("SingleChoice", "Kontor", "Lager"));

        var error = QuestionnaireRules.Revise(questionnaire, Request(Scale(key: "rekrytering "), Choice("SingleChoice", "Kontor", " Lager"))).Error!;

        Assert.Equal(("questionnaire.unchanged", 409), (error.Code, error.Status));
    }

    [Fact]
    public void Publishing_bad_questions_is_refused_with_the_same_codes_as_creating()
    {
        Assert.Equal("questionnaire.unknown-theme", QuestionnaireRules.Revise(Created(), Request(Scale(theme: "turism"))).Error!.Code);
    }

    [Fact]
    public void Retiring_marks_the_questionnaire_and_keeps_its_versions()
    {
        var questionnaire = Created();
        var retired = questionnaire.Apply(QuestionnaireRules.Retire(questionnaire).Value!);

        Assert.True(retired.Retired);
        Assert.Same(questionnaire.Versions, retired.Versions);
    }

    [Fact]
    public void A_retired_questionnaire_can_be_neither_retired_again_nor_given_a_new_version()
    {
        var questionnaire = Created();
        var retired = questionnaire.Apply(new QuestionnaireRetired(QuestionnaireId));

        Assert.Equal(("questionnaire.retired", 409), (QuestionnaireRules.Retire(retired).Error!.Code, QuestionnaireRules.Retire(retired).Error!.Status));
        Assert.Equal("questionnaire.retired", QuestionnaireRules.Revise(retired, Request(Choice("YesNo"))).Error!.Code);
    }

    [Fact]
    public void Every_theme_has_a_swedish_name_and_ovrigt_is_one_of_them()
    {
        Assert.All(QuestionThemes.All, t => Assert.False(string.IsNullOrWhiteSpace(t.Name)));
        Assert.Equal("Övrigt", QuestionThemes.Name(QuestionThemes.Other));
        Assert.Equal("Kompetensförsörjning", QuestionThemes.Name("kompetensforsorjning"));
    }

    [Fact]
    public void Two_creations_from_the_same_request_are_equal_events_so_a_retry_is_recognised()
    {
        var request = Request(Scale(), Choice("SingleChoice", "Kontor", "Lager"));

        Assert.Equal(QuestionnaireRules.Create(QuestionnaireId, request).Value, QuestionnaireRules.Create(QuestionnaireId, request).Value);
        Assert.NotEqual(QuestionnaireRules.Create(QuestionnaireId, request).Value, QuestionnaireRules.Create(QuestionnaireId, Request(Scale())).Value);
    }
}
