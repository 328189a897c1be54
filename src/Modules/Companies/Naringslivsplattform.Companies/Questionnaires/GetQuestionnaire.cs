using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.Companies.Resources;

namespace Naringslivsplattform.Companies.Questionnaires;

/// <summary>A questionnaire with every version and its stream version; null when there is none.</summary>
internal sealed record GetQuestionnaire(Guid QuestionnaireId) : IQuery<(Questionnaire Questionnaire, long Version)?>;

internal sealed class GetQuestionnaireHandler(IQuerySession session) : IQueryHandler<GetQuestionnaire, (Questionnaire Questionnaire, long Version)?>
{
    public async ValueTask<(Questionnaire Questionnaire, long Version)?> Handle(GetQuestionnaire query, CancellationToken cancellationToken) =>
        await session.LoadWithVersionAsync<Questionnaire>(query.QuestionnaireId, cancellationToken);
}

internal static class GetQuestionnaireEndpoints
{
    public static readonly DomainError NotFound = new("questionnaire.not-found", CompaniesTexts.QuestionnaireNotFound, StatusCodes.Status404NotFound);

    public static readonly DomainError VersionNotFound =
        new("questionnaire.version-not-found", CompaniesTexts.QuestionnaireVersionNotFound, StatusCodes.Status404NotFound);

    public static void Map(IEndpointRouteBuilder questionnaires)
    {
        questionnaires.MapGet("/{questionnaireId:guid}", async (Guid questionnaireId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                VersionedResults.Ok(http, await mediator.Send(new GetQuestionnaire(questionnaireId), ct) is var (questionnaire, version)
                    ? QuestionnaireResponse.Of(questionnaire, version)
                    : (Outcome<QuestionnaireResponse>)NotFound))
            .WithName("GetQuestionnaire")
            .WithSummary("En enkät")
            .WithDescription("Enkätens senaste version (latestVersion) med frågorna, och en lista över alla dess versioner. Strömmens version i ETag används i If-Match vid ändringar.");
        questionnaires.MapGet("/{questionnaireId:guid}/versions/{version:int}", async Task<Results<Ok<QuestionnaireVersion>, ProblemHttpResult>> (
                Guid questionnaireId, int version, IMediator mediator, CancellationToken ct) =>
                await mediator.Send(new GetQuestionnaire(questionnaireId), ct) is not var (questionnaire, _) ? NotFound.ToProblem()
                : questionnaire.Version(version) is { } found ? TypedResults.Ok(found)
                : VersionNotFound.ToProblem())
            .WithName("GetQuestionnaireVersion")
            .WithSummary("En version av en enkät")
            .WithDescription("Frågorna i en given version (1, 2, …) av enkäten, som den var när den publicerades; även avvecklade enkäters versioner går att läsa.");
    }
}
