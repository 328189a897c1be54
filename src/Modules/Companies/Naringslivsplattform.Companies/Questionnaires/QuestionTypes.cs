namespace Naringslivsplattform.Companies.Questionnaires;

internal static class QuestionTypes
{
    public static bool HasOptions(QuestionType type) => type is QuestionType.SingleChoice or QuestionType.MultipleChoice;

    public static string Name(QuestionType type) => type switch
    {
        QuestionType.Scale1To5 => CompaniesTexts.QuestionnaireTypeScale1To5,
        QuestionType.YesNo => CompaniesTexts.QuestionnaireTypeYesNo,
        QuestionType.SingleChoice => CompaniesTexts.QuestionnaireTypeSingleChoice,
        QuestionType.MultipleChoice => CompaniesTexts.QuestionnaireTypeMultipleChoice,
        _ => CompaniesTexts.QuestionnaireTypeFreeText,
    };
}
