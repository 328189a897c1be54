using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.Companies.Questionnaires;

/// <summary>Publishes the whole next version of a questionnaire, based on the stream version the caller saw; earlier versions stay as they were.</summary>
internal sealed record ReviseQuestionnaire(Guid QuestionnaireId, long ExpectedVersion, QuestionnaireRequest Request) : ICommand<Outcome<QuestionnaireResponse>>;

internal sealed class ReviseQuestionnaireHandler(IDocumentSession session) : ICommandHandler<ReviseQuestionnaire, Outcome<QuestionnaireResponse>>
{
    public async ValueTask<Outcome<QuestionnaireResponse>> Handle(ReviseQuestionnaire command, CancellationToken cancellationToken) =>
        (await session.ChangeAsync<Questionnaire, QuestionnaireVersionPublished>(
            command.QuestionnaireId, command.ExpectedVersion, QuestionnaireStreams.Errors,
            questionnaire => QuestionnaireRules.Revise(questionnaire, command.Request),
            cancellationToken))
        .Map(QuestionnaireResponse.Of);
}

internal static class ReviseQuestionnaireEndpoint
{
    public static void Map(IEndpointRouteBuilder questionnaires) =>
        questionnaires.MapPut("/{questionnaireId:guid}", (Guid questionnaireId, QuestionnaireRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, QuestionnaireStreams.Errors, version => mediator.Send(new ReviseQuestionnaire(questionnaireId, version, request), ct)))
            .WithName("PublishQuestionnaireVersion")
            .WithSummary("Publicera en ny version av en enkät")
            .WithDescription("Hela den nya versionen: titel, beskrivning och alla frågor (samma regler som när enkäten skapas). Den blir version N+1; äldre versioner finns kvar och besök behåller den version de använde. Behåll en frågas nyckel när frågan är densamma. En version som är likadan som den senaste avvisas (409). Kräver If-Match.");
}
