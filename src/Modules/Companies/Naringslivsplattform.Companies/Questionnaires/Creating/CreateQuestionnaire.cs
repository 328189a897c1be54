using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.Companies.Questionnaires;

/// <param name="Key">A short slug (a-z, 0-9, hyphens), unique in the version; keep it when the question stays the same.</param>
/// <param name="Theme">A theme key, see <see cref="QuestionThemes"/>.</param>
/// <param name="Type">Scale1To5, YesNo, SingleChoice, MultipleChoice or FreeText.</param>
/// <param name="Options">Two or more distinct options for SingleChoice and MultipleChoice; none for the other types.</param>
internal sealed record QuestionRequest(string? Key, string? Theme, string? Text, string? Type, IReadOnlyList<string>? Options, bool Required);

/// <summary>A whole questionnaire version: creating one, or publishing the next.</summary>
internal sealed record QuestionnaireRequest(string? Title, string? Description, IReadOnlyList<QuestionRequest>? Questions);
/// <param name="IdempotencyKey">When given, a retry with the same key and request gets the questionnaire the first request created.</param>
internal sealed record CreateQuestionnaire(QuestionnaireRequest Request, string? IdempotencyKey = null) : ICommand<Outcome<Started<QuestionnaireResponse>>>;

internal sealed class CreateQuestionnaireHandler(IDocumentSession session, OperationContext operation)
    : ICommandHandler<CreateQuestionnaire, Outcome<Started<QuestionnaireResponse>>>
{
    public async ValueTask<Outcome<Started<QuestionnaireResponse>>> Handle(CreateQuestionnaire command, CancellationToken cancellationToken) =>
        (await session.StartOnceAsync<Questionnaire, QuestionnaireCreated>(
            IdempotencyKeys.StreamFor(session, operation, QuestionnaireStreams.Kind, command.IdempotencyKey),
            questionnaireId => QuestionnaireRules.Create(questionnaireId, command.Request),
            cancellationToken))
        .Map(questionnaire => questionnaire.Select(QuestionnaireResponse.Of));
}

internal static class CreateQuestionnaireEndpoint
{
    public static void Map(IEndpointRouteBuilder questionnaires) =>
        questionnaires.MapPost("/", (QuestionnaireRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.CreateAsync(http, "/api/v1/questionnaires", key => mediator.Send(new CreateQuestionnaire(request, key), ct)))
            .WithName("CreateQuestionnaire")
            .WithSummary("Skapa en enkät")
            .WithDescription("Titel, beskrivning och frågorna i enkätens version 1. Varje fråga har en nyckel (a–z, 0–9, bindestreck; unik i versionen), ett tema (kompetensforsorjning, lokaler, tillstand, infrastruktur, upphandling, tillvaxt, ovrigt), text, typ (Scale1To5, YesNo, SingleChoice, MultipleChoice, FreeText), svarsalternativ (bara för SingleChoice och MultipleChoice, minst två olika) och om den är obligatorisk. Svaret har strömmens version i ETag. Med rubriken Idempotency-Key ger ett upprepat anrop samma enkät (Idempotent-Replayed: true).");
}
