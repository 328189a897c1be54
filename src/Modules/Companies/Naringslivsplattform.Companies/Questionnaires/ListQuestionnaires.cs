using Ardalis.Specification;
using Naringslivsplattform.BuildingBlocks.Specifications;
using Naringslivsplattform.BuildingBlocks.Texts;

namespace Naringslivsplattform.Companies.Questionnaires;

internal sealed record QuestionnaireSummary(Guid Id, string Title, int LatestVersion, int QuestionCount, bool Retired);

internal sealed class QuestionnairesOffered : Specification<Questionnaire>
{
    /// <summary>How questionnaires are listed wherever they are offered: by title, as Swedish readers sort.</summary>
    public static readonly StringComparer ByTitle = StringComparer.Create(SwedishFormat.Culture, ignoreCase: true);

    public QuestionnairesOffered(bool includeRetired)
    {
        if (!includeRetired)
        {
            Query.Where(q => !q.Retired);
        }
    }
}

/// <summary>The questionnaires by title; retired ones only when <see cref="IncludeRetired"/>.</summary>
internal sealed record ListQuestionnaires(bool IncludeRetired) : IQuery<IReadOnlyList<QuestionnaireSummary>>;

internal sealed class ListQuestionnairesHandler(IQuerySession session) : IQueryHandler<ListQuestionnaires, IReadOnlyList<QuestionnaireSummary>>
{
    public async ValueTask<IReadOnlyList<QuestionnaireSummary>> Handle(ListQuestionnaires query, CancellationToken cancellationToken)
    {
        var questionnaires = await session.Query<Questionnaire>().WithSpecification(new QuestionnairesOffered(query.IncludeRetired)).ToListAsync(cancellationToken);

        // The title lives in the latest version, inside the document's list of versions: sorted here, as a municipality has few questionnaires.
        return [.. questionnaires
            .Select(q => new QuestionnaireSummary(q.Id, q.Latest.Title, q.Latest.Version, q.Latest.Questions.Count, q.Retired))
            .OrderBy(q => q.Title, QuestionnairesOffered.ByTitle)
            .ThenBy(q => q.Id)];
    }
}

internal static class ListQuestionnairesEndpoint
{
    public static void Map(IEndpointRouteBuilder questionnaires) =>
        questionnaires.MapGet("/", async Task<Ok<IReadOnlyList<QuestionnaireSummary>>> (bool? all, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListQuestionnaires(all ?? false), ct)))
            .WithName("ListQuestionnaires")
            .WithSummary("Enkäterna")
            .WithDescription("Enkäterna som erbjuds för nya företagsbesök, sorterade efter titel; med all=true även de avvecklade.");
}
