using Naringslivsplattform.BuildingBlocks.Texts;

namespace Naringslivsplattform.Companies.Questionnaires;

/// <summary>
/// The questionnaires' rules. Pure: (state, request) → the event to append, or why nothing may be appended.
/// Limits are documented in docs/companies.md.
/// </summary>
internal static class QuestionnaireRules
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 2000;
    public const int MaxQuestions = 100;
    public const int MaxKeyLength = 40;
    public const int MaxQuestionTextLength = 500;
    public const int MaxOptions = 20;
    public const int MaxOptionLength = 200;

    public static Outcome<QuestionnaireCreated> Create(Guid questionnaireId, QuestionnaireRequest request)
    {
        var content = CheckVersion(questionnaireId, 1, request);
        return content.Value is { } version
            ? new QuestionnaireCreated(questionnaireId, version.Title, version.Description, version.Questions)
            : content.Error!;
    }

    public static Outcome<QuestionnaireVersionPublished> Revise(Questionnaire questionnaire, QuestionnaireRequest request)
    {
        if (questionnaire.Retired)
        {
            return Retired();
        }

        var content = CheckVersion(questionnaire.Id, questionnaire.Versions.Count + 1, request);
        if (content.Value is not { } version)
        {
            return content.Error!;
        }

        return version.HasSameContentAs(questionnaire.Latest)
            ? new DomainError("questionnaire.unchanged", CompaniesTexts.QuestionnaireUnchanged, StatusCodes.Status409Conflict)
            : new QuestionnaireVersionPublished(questionnaire.Id, version.Version, version.Title, version.Description, version.Questions);
    }

    public static Outcome<QuestionnaireRetired> Retire(Questionnaire questionnaire) =>
        questionnaire.Retired ? Retired() : new QuestionnaireRetired(questionnaire.Id);

    private static Outcome<QuestionnaireVersion> CheckVersion(Guid questionnaireId, int number, QuestionnaireRequest request)
    {
        var title = request.Title?.Trim() ?? "";
        if (title.Length == 0)
        {
            return new DomainError("questionnaire.title-required", CompaniesTexts.QuestionnaireTitleRequired);
        }

        var description = TextInput.TrimmedOrNull(request.Description);
        if (title.Length > MaxTitleLength)
        {
            return TooLong(CompaniesTexts.QuestionnaireFieldTitle, MaxTitleLength);
        }

        if (description?.Length > MaxDescriptionLength)
        {
            return TooLong(CompaniesTexts.QuestionnaireFieldDescription, MaxDescriptionLength);
        }

        var requests = request.Questions ?? [];
        if (requests.Count == 0)
        {
            return new DomainError("questionnaire.no-questions", CompaniesTexts.QuestionnaireNoQuestions);
        }

        if (requests.Count > MaxQuestions)
        {
            return new DomainError("questionnaire.too-many-questions", SwedishFormat.Format(CompaniesTexts.QuestionnaireTooManyQuestions, MaxQuestions));
        }

        var questions = new List<Question>(requests.Count);
        foreach (var (question, index) in requests.Select((q, i) => (q, i + 1)))
        {
            var checkedQuestion = CheckQuestion(index, question);
            if (checkedQuestion.Value is not { } valid)
            {
                return checkedQuestion.Error!;
            }

            if (questions.Any(q => q.Key == valid.Key))
            {
                return new DomainError("questionnaire.duplicate-question-key", SwedishFormat.Format(CompaniesTexts.QuestionnaireDuplicateQuestionKey, index, valid.Key));
            }

            questions.Add(valid);
        }

        return new QuestionnaireVersion(questionnaireId, number, title, description, questions);
    }

    private static Outcome<Question> CheckQuestion(int index, QuestionRequest request)
    {
        var key = request.Key?.Trim() ?? "";
        if (!IsSlug(key))
        {
            return new DomainError("questionnaire.question-key-invalid", SwedishFormat.Format(CompaniesTexts.QuestionnaireQuestionKeyInvalid, index, MaxKeyLength));
        }

        var theme = request.Theme?.Trim().ToLowerInvariant() ?? "";
        if (!QuestionThemes.IsKnown(theme))
        {
            return new DomainError("questionnaire.unknown-theme", SwedishFormat.Format(
                CompaniesTexts.QuestionnaireUnknownTheme, index, request.Theme ?? "", string.Join(", ", QuestionThemes.All.Select(t => t.Key))));
        }

        var text = request.Text?.Trim() ?? "";
        if (text.Length == 0)
        {
            return new DomainError("questionnaire.question-text-required", SwedishFormat.Format(CompaniesTexts.QuestionnaireQuestionTextRequired, index));
        }

        if (text.Length > MaxQuestionTextLength)
        {
            return TooLong(SwedishFormat.Format(CompaniesTexts.QuestionnaireFieldQuestionText, index), MaxQuestionTextLength);
        }

        // By name only: Enum.TryParse would also take numbers and comma lists.
        var typeName = Enum.GetNames<QuestionType>().FirstOrDefault(n => string.Equals(n, request.Type?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (typeName is null)
        {
            return new DomainError("questionnaire.unknown-question-type", SwedishFormat.Format(CompaniesTexts.QuestionnaireUnknownQuestionType, index, string.Join(", ", Enum.GetNames<QuestionType>())));
        }

        var type = Enum.Parse<QuestionType>(typeName);
        var options = CheckOptions(index, type, request.Options ?? []);
        return options.Value is { } valid ? new Question(key, theme, text, type, valid, request.Required) : options.Error!;
    }

    private static Outcome<IReadOnlyList<string>> CheckOptions(int index, QuestionType type, IReadOnlyList<string> requested)
    {
        if (!QuestionTypes.HasOptions(type))
        {
            return requested.Count == 0
                ? new Outcome<IReadOnlyList<string>>([])
                : new DomainError("questionnaire.options-not-allowed", SwedishFormat.Format(CompaniesTexts.QuestionnaireOptionsNotAllowed, index));
        }

        var options = requested.Select(o => o?.Trim() ?? "").ToList();
        if (options.Count is < 2 or > MaxOptions || options.Any(o => o.Length == 0) || options.Distinct(StringComparer.OrdinalIgnoreCase).Count() != options.Count)
        {
            return new DomainError("questionnaire.options-required", SwedishFormat.Format(CompaniesTexts.QuestionnaireOptionsRequired, index, MaxOptions));
        }

        return options.Any(o => o.Length > MaxOptionLength)
            ? TooLong(SwedishFormat.Format(CompaniesTexts.QuestionnaireFieldOption, index), MaxOptionLength)
            : options;
    }

    private static bool IsSlug(string key) =>
        key.Length is > 0 and <= MaxKeyLength
        && key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && key[0] != '-' && key[^1] != '-';

    private static DomainError Retired() =>
        new("questionnaire.retired", CompaniesTexts.QuestionnaireRetiredError, StatusCodes.Status409Conflict);

    private static DomainError TooLong(string field, int max) =>
        new("questionnaire.too-long", SwedishFormat.Format(CompaniesTexts.QuestionnaireTooLong, field, max));
}
