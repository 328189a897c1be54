namespace Naringslivsplattform.Companies.Questionnaires;

/// <summary>Starts a questionnaire with its version 1.</summary>
internal sealed record QuestionnaireCreated(Guid QuestionnaireId, string Title, string? Description, IReadOnlyList<Question> Questions)
{
    /// <summary>By value, questions included, so a retried creation is recognised as the same one.</summary>
    public bool Equals(QuestionnaireCreated? other) =>
        other is not null
        && (QuestionnaireId, Title, Description) == (other.QuestionnaireId, other.Title, other.Description)
        && Questions.SequenceEqual(other.Questions);

    public override int GetHashCode() => HashCode.Combine(QuestionnaireId, Title, Description, Questions.Count);
}

/// <summary>A whole new list of questions (and title and description): version <see cref="Version"/>.</summary>
internal sealed record QuestionnaireVersionPublished(Guid QuestionnaireId, int Version, string Title, string? Description, IReadOnlyList<Question> Questions);

internal sealed record QuestionnaireRetired(Guid QuestionnaireId);

internal static class QuestionnaireEventTypes
{
    public static readonly Type[] All = [typeof(QuestionnaireCreated), typeof(QuestionnaireVersionPublished), typeof(QuestionnaireRetired)];
}
