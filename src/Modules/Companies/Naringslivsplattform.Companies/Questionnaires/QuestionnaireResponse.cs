using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.Companies.Questionnaires;

internal sealed record QuestionnaireVersionSummary(int Number, string Title, int QuestionCount);

/// <summary>A questionnaire's latest version, with the list of all its versions.</summary>
/// <param name="LatestVersion">The number of the version shown (1, 2, …), which visits refer to.</param>
/// <param name="Version">The stream version, for If-Match; not the questionnaire's version number.</param>
internal sealed record QuestionnaireResponse(
    Guid Id,
    string Title,
    string? Description,
    bool Retired,
    int LatestVersion,
    IReadOnlyList<Question> Questions,
    IReadOnlyList<QuestionnaireVersionSummary> Versions,
    long Version) : IVersionedResponse
{
    public static QuestionnaireResponse Of(Versioned<Questionnaire> questionnaire) => Of(questionnaire.Value, questionnaire.Version);

    public static QuestionnaireResponse Of(Questionnaire questionnaire, long version) =>
        new(questionnaire.Id, questionnaire.Latest.Title, questionnaire.Latest.Description, questionnaire.Retired, questionnaire.Latest.Version,
            questionnaire.Latest.Questions, [.. questionnaire.Versions.Select(v => new QuestionnaireVersionSummary(v.Version, v.Title, v.Questions.Count))], version);
}
