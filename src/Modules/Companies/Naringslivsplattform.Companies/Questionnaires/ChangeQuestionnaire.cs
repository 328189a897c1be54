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

/// <summary>A change to a questionnaire (a new version, or retiring it), based on the stream version the caller saw.</summary>
internal sealed record ChangeQuestionnaire(Guid QuestionnaireId, long ExpectedVersion, Func<Questionnaire, Outcome<object>> Decide)
    : ICommand<Outcome<QuestionnaireResponse>>;

internal sealed class ChangeQuestionnaireHandler(IDocumentSession session) : ICommandHandler<ChangeQuestionnaire, Outcome<QuestionnaireResponse>>
{
    public async ValueTask<Outcome<QuestionnaireResponse>> Handle(ChangeQuestionnaire command, CancellationToken cancellationToken)
    {
        var changed = await session.DecideAndAppendAsync<Questionnaire>(
            command.QuestionnaireId, command.ExpectedVersion,
            GetQuestionnaireEndpoints.NotFound,
            new DomainError("questionnaire.version-stale", CompaniesTexts.QuestionnaireVersionStale, StatusCodes.Status412PreconditionFailed),
            command.Decide,
            cancellationToken);
        return changed.Error is { } error ? error : QuestionnaireResponse.Of(changed.Value.Aggregate, changed.Value.Version);
    }
}

internal static class ChangeQuestionnaireEndpoints
{
    public static void Map(IEndpointRouteBuilder questionnaires)
    {
        questionnaires.MapPut("/{questionnaireId:guid}", (Guid questionnaireId, QuestionnaireRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(questionnaireId, http, mediator, questionnaire => QuestionnaireDecisions.Publish(questionnaire, request).Widen(), ct))
            .WithName("PublishQuestionnaireVersion")
            .WithSummary("Publicera en ny version av en enkät")
            .WithDescription("Hela den nya versionen: titel, beskrivning och alla frågor (samma regler som när enkäten skapas). Den blir version N+1; äldre versioner finns kvar och besök behåller den version de använde. Behåll en frågas nyckel när frågan är densamma. En version som är likadan som den senaste avvisas (409). Kräver If-Match.");
        questionnaires.MapPost("/{questionnaireId:guid}/retire", (Guid questionnaireId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(questionnaireId, http, mediator, questionnaire => QuestionnaireDecisions.Retire(questionnaire).Widen(), ct))
            .WithName("RetireQuestionnaire")
            .WithSummary("Avveckla en enkät")
            .WithDescription("Enkäten erbjuds inte längre för nya besök; alla dess versioner går fortfarande att läsa. Kräver If-Match.");
    }

    private static Task<Results<Ok<QuestionnaireResponse>, ProblemHttpResult>> SendAsync(
        Guid questionnaireId, HttpContext http, IMediator mediator, Func<Questionnaire, Outcome<object>> decide, CancellationToken ct) =>
        VersionedResults.ChangeAsync(
            http,
            new DomainError("questionnaire.version-required", CompaniesTexts.QuestionnaireVersionRequired, StatusCodes.Status428PreconditionRequired),
            expectedVersion => mediator.Send(new ChangeQuestionnaire(questionnaireId, expectedVersion, decide), ct));
}
