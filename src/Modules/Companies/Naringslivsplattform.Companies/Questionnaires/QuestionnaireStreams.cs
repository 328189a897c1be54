using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.Companies.Questionnaires;

/// <summary>What every slice of a questionnaire's stream shares: how a change to it is refused, and what keyed creates of it are derived from.</summary>
internal static class QuestionnaireStreams
{
    public static readonly StreamErrors Errors = StreamErrors.For(
        "questionnaire", CompaniesTexts.QuestionnaireNotFound, CompaniesTexts.QuestionnaireVersionStale, CompaniesTexts.QuestionnaireVersionRequired);

    /// <summary>The kind of stream in keyed questionnaire ids (ADR 0007); never change it, or retries stop finding their questionnaire.</summary>
    public static readonly Guid Kind = new("8e3f1b52-7c0a-4d69-a2e4-51b7c9d02462");
}
