using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.Companies.Questionnaires;

/// <summary>A questionnaire's latest version with its stream version (the version a change must be based on); null when there is none.</summary>
internal sealed record GetQuestionnaire(Guid QuestionnaireId) : IQuery<QuestionnaireResponse?>;

/// <summary>Every version of a questionnaire as it was published, the first one first; null when there is no such questionnaire.</summary>
internal sealed record GetQuestionnaireVersions(Guid QuestionnaireId) : IQuery<IReadOnlyList<QuestionnaireVersion>?>;

internal sealed class GetQuestionnaireHandler(IQuerySession session)
    : IQueryHandler<GetQuestionnaire, QuestionnaireResponse?>, IQueryHandler<GetQuestionnaireVersions, IReadOnlyList<QuestionnaireVersion>?>
{
    public async ValueTask<QuestionnaireResponse?> Handle(GetQuestionnaire query, CancellationToken cancellationToken) =>
        await session.LoadVersionedAsync<Questionnaire>(query.QuestionnaireId, cancellationToken) is { } questionnaire ? QuestionnaireResponse.Of(questionnaire) : null;

    public async ValueTask<IReadOnlyList<QuestionnaireVersion>?> Handle(GetQuestionnaireVersions query, CancellationToken cancellationToken) =>
        (await session.LoadAsync<Questionnaire>(query.QuestionnaireId, cancellationToken))?.Versions;
}

internal static class GetQuestionnaireEndpoints
{
    private static readonly DomainError VersionNotFound =
        new("questionnaire.version-not-found", CompaniesTexts.QuestionnaireVersionNotFound, StatusCodes.Status404NotFound);

    public static void Map(IEndpointRouteBuilder questionnaires)
    {
        questionnaires.MapGet("/{questionnaireId:guid}", async (Guid questionnaireId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.Found(http, await mediator.Send(new GetQuestionnaire(questionnaireId), ct), QuestionnaireStreams.Errors))
            .WithName("GetQuestionnaire")
            .WithSummary("En enkät")
            .WithDescription("Enkätens senaste version (latestVersion) med frågorna, och en lista över alla dess versioner. Strömmens version i ETag används i If-Match vid ändringar.");
        questionnaires.MapGet("/{questionnaireId:guid}/versions/{version:int}", async Task<Results<Ok<QuestionnaireVersion>, ProblemHttpResult>> (
                Guid questionnaireId, int version, IMediator mediator, CancellationToken ct) =>
                await mediator.Send(new GetQuestionnaireVersions(questionnaireId), ct) is not { } versions ? QuestionnaireStreams.Errors.NotFound.ToProblem()
                : versions.ElementAtOrDefault(version - 1) is { } found ? TypedResults.Ok(found)
                : VersionNotFound.ToProblem())
            .WithName("GetQuestionnaireVersion")
            .WithSummary("En version av en enkät")
            .WithDescription("Frågorna i en given version (1, 2, …) av enkäten, som den var när den publicerades; även avvecklade enkäters versioner går att läsa.");
    }
}
