using System.Globalization;
using Microsoft.AspNetCore.Http;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.Companies.Resources;

namespace Naringslivsplattform.Companies.Questionnaires;

/// <param name="Key">A short slug (a-z, 0-9, hyphens), unique in the version; keep it when the question stays the same.</param>
/// <param name="Theme">A theme key, see <see cref="QuestionThemes"/>.</param>
/// <param name="Type">Scale1To5, YesNo, SingleChoice, MultipleChoice or FreeText.</param>
/// <param name="Options">Two or more distinct options for SingleChoice and MultipleChoice; none for the other types.</param>
internal sealed record QuestionRequest(string? Key, string? Theme, string? Text, string? Type, IReadOnlyList<string>? Options, bool Required);

/// <summary>A whole questionnaire version: creating one, or publishing the next.</summary>
internal sealed record QuestionnaireRequest(string? Title, string? Description, IReadOnlyList<QuestionRequest>? Questions);

/// <summary>
/// The questionnaires' rules. Pure: (state, request) → the event to append, or why nothing may be appended.
/// Limits are documented in docs/companies.md.
/// </summary>
internal static class QuestionnaireDecisions
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

    public static Outcome<QuestionnaireVersionPublished> Publish(Questionnaire questionnaire, QuestionnaireRequest request)
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

        var description = string.IsNullOrWhiteSpace(request.Description) ? null : request.Description.Trim();
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
            return new DomainError("questionnaire.too-many-questions", Format(CompaniesTexts.QuestionnaireTooManyQuestions, MaxQuestions));
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
                return new DomainError("questionnaire.duplicate-question-key", Format(CompaniesTexts.QuestionnaireDuplicateQuestionKey, index, valid.Key));
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
            return new DomainError("questionnaire.question-key-invalid", Format(CompaniesTexts.QuestionnaireQuestionKeyInvalid, index, MaxKeyLength));
        }

        var theme = request.Theme?.Trim().ToLowerInvariant() ?? "";
        if (!QuestionThemes.IsKnown(theme))
        {
            return new DomainError("questionnaire.unknown-theme", Format(
                CompaniesTexts.QuestionnaireUnknownTheme, index, request.Theme ?? "", string.Join(", ", QuestionThemes.All.Select(t => t.Key))));
        }

        var text = request.Text?.Trim() ?? "";
        if (text.Length == 0)
        {
            return new DomainError("questionnaire.question-text-required", Format(CompaniesTexts.QuestionnaireQuestionTextRequired, index));
        }

        if (text.Length > MaxQuestionTextLength)
        {
            return TooLong(Format(CompaniesTexts.QuestionnaireFieldQuestionText, index), MaxQuestionTextLength);
        }

        // By name only: Enum.TryParse would also take numbers and comma lists.
        var typeName = Enum.GetNames<QuestionType>().FirstOrDefault(n => string.Equals(n, request.Type?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (typeName is null)
        {
            return new DomainError("questionnaire.unknown-question-type", Format(CompaniesTexts.QuestionnaireUnknownQuestionType, index, string.Join(", ", Enum.GetNames<QuestionType>())));
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
                : new DomainError("questionnaire.options-not-allowed", Format(CompaniesTexts.QuestionnaireOptionsNotAllowed, index));
        }

        var options = requested.Select(o => o?.Trim() ?? "").ToList();
        if (options.Count is < 2 or > MaxOptions || options.Any(o => o.Length == 0) || options.Distinct(StringComparer.OrdinalIgnoreCase).Count() != options.Count)
        {
            return new DomainError("questionnaire.options-required", Format(CompaniesTexts.QuestionnaireOptionsRequired, index, MaxOptions));
        }

        return options.Any(o => o.Length > MaxOptionLength)
            ? TooLong(Format(CompaniesTexts.QuestionnaireFieldOption, index), MaxOptionLength)
            : options;
    }

    private static bool IsSlug(string key) =>
        key.Length is > 0 and <= MaxKeyLength
        && key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && key[0] != '-' && key[^1] != '-';

    private static DomainError Retired() =>
        new("questionnaire.retired", CompaniesTexts.QuestionnaireRetiredError, StatusCodes.Status409Conflict);

    private static DomainError TooLong(string field, int max) =>
        new("questionnaire.too-long", Format(CompaniesTexts.QuestionnaireTooLong, field, max));

    private static string Format(string template, params object[] values) => string.Format(CultureInfo.GetCultureInfo("sv-SE"), template, values);
}
