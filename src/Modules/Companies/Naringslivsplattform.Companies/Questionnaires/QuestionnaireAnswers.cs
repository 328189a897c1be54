using Naringslivsplattform.BuildingBlocks.Texts;

namespace Naringslivsplattform.Companies.Questionnaires;

/// <summary>
/// A visit's answer to one question: exactly the field of the question's type is set
/// (<see cref="Scale"/> for Scale1To5, <see cref="YesNo"/>, <see cref="Choices"/> for both choice types, <see cref="Text"/> for FreeText).
/// </summary>
internal sealed record QuestionAnswer(string QuestionKey, int? Scale, bool? YesNo, IReadOnlyList<string>? Choices, string? Text);

/// <summary>Whether a visit's answers fit the questionnaire version it used; what the visit slice calls before appending.</summary>
internal static class QuestionnaireAnswers
{
    public const int MaxTextLength = 4000;

    /// <summary>
    /// Null when every answer fits the version: known keys, one answer per key, the value matches the question's type
    /// (scale 1..5; choices among the options, exactly one for SingleChoice, ≥1 for MultipleChoice; text non-blank,
    /// ≤ 4000 chars), and every Required question is answered.
    /// </summary>
    public static DomainError? Check(QuestionnaireVersion version, IReadOnlyList<QuestionAnswer> answers)
    {
        var answered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var answer in answers)
        {
            if (version.Questions.FirstOrDefault(q => q.Key == answer.QuestionKey) is not { } question)
            {
                return new DomainError("visit.answer-unknown-question", SwedishFormat.Format(CompaniesTexts.QuestionnaireAnswerUnknownQuestion, answer.QuestionKey, version.Title, version.Version));
            }

            if (!answered.Add(question.Key))
            {
                return new DomainError("visit.answer-duplicate", SwedishFormat.Format(CompaniesTexts.QuestionnaireAnswerDuplicate, question.Text));
            }

            if (CheckValue(question, answer) is { } wrong)
            {
                return wrong;
            }
        }

        return version.Questions.FirstOrDefault(q => q.Required && !answered.Contains(q.Key)) is { } missing
            ? new DomainError("visit.answer-required-missing", SwedishFormat.Format(CompaniesTexts.QuestionnaireAnswerRequiredMissing, missing.Text))
            : null;
    }

    private static DomainError? CheckValue(Question question, QuestionAnswer answer)
    {
        var (hasScale, hasYesNo, hasChoices, hasText) = (answer.Scale is not null, answer.YesNo is not null, answer.Choices is not null, answer.Text is not null);
        var fits = question.Type switch
        {
            QuestionType.Scale1To5 => hasScale && !hasYesNo && !hasChoices && !hasText,
            QuestionType.YesNo => !hasScale && hasYesNo && !hasChoices && !hasText,
            _ when QuestionTypes.HasOptions(question.Type) => !hasScale && !hasYesNo && hasChoices && !hasText,
            _ => !hasScale && !hasYesNo && !hasChoices && hasText,
        };
        if (!fits)
        {
            return Error("visit.answer-wrong-type", CompaniesTexts.QuestionnaireAnswerWrongType, question);
        }

        return question.Type switch
        {
            QuestionType.Scale1To5 when answer.Scale is < 1 or > 5 => Error("visit.answer-out-of-range", CompaniesTexts.QuestionnaireAnswerScaleOutOfRange, question),
            QuestionType.FreeText when string.IsNullOrWhiteSpace(answer.Text) || answer.Text.Length > MaxTextLength =>
                new DomainError("visit.answer-out-of-range", SwedishFormat.Format(CompaniesTexts.QuestionnaireAnswerTextOutOfRange, question.Text, MaxTextLength)),
            QuestionType.SingleChoice or QuestionType.MultipleChoice => CheckChoices(question, answer.Choices!),
            _ => null,
        };
    }

    private static DomainError? CheckChoices(Question question, IReadOnlyList<string> choices)
    {
        if (choices.FirstOrDefault(c => !question.Options.Contains(c, StringComparer.Ordinal)) is { } unknown)
        {
            return new DomainError("visit.answer-unknown-option", SwedishFormat.Format(CompaniesTexts.QuestionnaireAnswerUnknownOption, unknown ?? "", question.Text));
        }

        var counts = question.Type == QuestionType.SingleChoice ? choices.Count == 1 : choices.Count >= 1;
        return counts && choices.Distinct(StringComparer.Ordinal).Count() == choices.Count
            ? null
            : Error("visit.answer-out-of-range", question.Type == QuestionType.SingleChoice
                ? CompaniesTexts.QuestionnaireAnswerSingleChoiceCount
                : CompaniesTexts.QuestionnaireAnswerMultipleChoiceCount, question);
    }

    private static DomainError Error(string code, string template, Question question) => new(code, SwedishFormat.Format(template, question.Text));
}
