using System.Text.Json.Serialization;

namespace Naringslivsplattform.Companies.Questionnaires;

internal enum QuestionType
{
    Scale1To5,
    YesNo,
    SingleChoice,
    MultipleChoice,
    FreeText,
}

/// <summary>
/// One question of a questionnaire version. <see cref="Key"/> stays the same across versions while the question means
/// the same, so answers from visits on different versions can be compared.
/// </summary>
/// <param name="Options">Only for the choice types; empty otherwise.</param>
internal sealed record Question(string Key, string Theme, string Text, QuestionType Type, IReadOnlyList<string> Options, bool Required)
{
    /// <summary>By value, options included, so publishing the same questions again is recognised as no change.</summary>
    public bool Equals(Question? other) =>
        other is not null
        && (Key, Theme, Text, Type, Required) == (other.Key, other.Theme, other.Text, other.Type, other.Required)
        && Options.SequenceEqual(other.Options);

    public override int GetHashCode() => HashCode.Combine(Key, Theme, Text, Type, Required, Options.Count);
}

/// <summary>What a visit answers: one version of a questionnaire, never changed once published.</summary>
/// <param name="Version">1 for the questions the questionnaire was created with, then 2, 3, … per publication.</param>
internal sealed record QuestionnaireVersion(Guid QuestionnaireId, int Version, string Title, string? Description, IReadOnlyList<Question> Questions)
{
    /// <summary>Same title, description and questions in the same order, whatever the version number.</summary>
    public bool HasSameContentAs(QuestionnaireVersion other) =>
        (Title, Description) == (other.Title, other.Description) && Questions.SequenceEqual(other.Questions);
}

/// <summary>A questionnaire with every version it ever had (inline snapshot of its stream).</summary>
/// <param name="Retired">No longer offered for new visits; its versions stay readable.</param>
internal sealed record Questionnaire(Guid Id, IReadOnlyList<QuestionnaireVersion> Versions, bool Retired)
{
    [JsonIgnore]
    public QuestionnaireVersion Latest => Versions[^1];

    public static Questionnaire Create(QuestionnaireCreated created) =>
        new(created.QuestionnaireId, [new QuestionnaireVersion(created.QuestionnaireId, 1, created.Title, created.Description, created.Questions)], false);

    public Questionnaire Apply(QuestionnaireVersionPublished published) =>
        this with { Versions = [.. Versions, new QuestionnaireVersion(Id, published.Version, published.Title, published.Description, published.Questions)] };

    public Questionnaire Apply(QuestionnaireRetired retired) => this with { Retired = true };

    public QuestionnaireVersion? Version(int version) => version >= 1 && version <= Versions.Count ? Versions[version - 1] : null;
}
