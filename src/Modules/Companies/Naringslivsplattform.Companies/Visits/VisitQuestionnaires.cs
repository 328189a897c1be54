using Naringslivsplattform.BuildingBlocks.Specifications;
using Naringslivsplattform.Companies.Questionnaires;

namespace Naringslivsplattform.Companies.Visits;

/// <summary>
/// The questionnaire versions a visit can be reported with: the latest version of each questionnaire not retired, by title.
/// Read here rather than through the questionnaires' API, so the visit pages stand on the questionnaire stream alone.
/// </summary>
internal sealed record OfferedQuestionnaireVersions : IQuery<IReadOnlyList<QuestionnaireVersion>>;

/// <summary>The questionnaire version a completed visit answered, for its question texts; null when it is gone.</summary>
internal sealed record AnsweredQuestionnaireVersion(Guid QuestionnaireId, int Version) : IQuery<QuestionnaireVersion?>;

internal sealed class VisitQuestionnairesHandler(IQuerySession session)
    : IQueryHandler<OfferedQuestionnaireVersions, IReadOnlyList<QuestionnaireVersion>>, IQueryHandler<AnsweredQuestionnaireVersion, QuestionnaireVersion?>
{
    public async ValueTask<IReadOnlyList<QuestionnaireVersion>> Handle(OfferedQuestionnaireVersions query, CancellationToken cancellationToken)
    {
        var offered = await session.Query<Questionnaire>().WithSpecification(new QuestionnairesOffered(includeRetired: false)).ToListAsync(cancellationToken);
        return [.. offered.Select(q => q.Latest).OrderBy(v => v.Title, QuestionnairesOffered.ByTitle)];
    }

    public async ValueTask<QuestionnaireVersion?> Handle(AnsweredQuestionnaireVersion query, CancellationToken cancellationToken) =>
        (await session.LoadAsync<Questionnaire>(query.QuestionnaireId, cancellationToken))?.Version(query.Version);
}
