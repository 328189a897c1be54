using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.Companies.Questionnaires;

/// <summary>Stops offering a questionnaire for new visits, based on the stream version the caller saw; its versions stay readable.</summary>
internal sealed record RetireQuestionnaire(Guid QuestionnaireId, long ExpectedVersion) : ICommand<Outcome<QuestionnaireResponse>>;

internal sealed class RetireQuestionnaireHandler(IDocumentSession session) : ICommandHandler<RetireQuestionnaire, Outcome<QuestionnaireResponse>>
{
    public async ValueTask<Outcome<QuestionnaireResponse>> Handle(RetireQuestionnaire command, CancellationToken cancellationToken) =>
        (await session.ChangeAsync<Questionnaire, QuestionnaireRetired>(
            command.QuestionnaireId, command.ExpectedVersion, QuestionnaireStreams.Errors, QuestionnaireRules.Retire, cancellationToken))
        .Map(QuestionnaireResponse.Of);
}

internal static class RetireQuestionnaireEndpoint
{
    public static void Map(IEndpointRouteBuilder questionnaires) =>
        questionnaires.MapPost("/{questionnaireId:guid}/retire", (Guid questionnaireId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, QuestionnaireStreams.Errors, version => mediator.Send(new RetireQuestionnaire(questionnaireId, version), ct)))
            .WithName("RetireQuestionnaire")
            .WithSummary("Avveckla en enkät")
            .WithDescription("Enkäten erbjuds inte längre för nya besök; alla dess versioner går fortfarande att läsa. Kräver If-Match.");
}
