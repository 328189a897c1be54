using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;

namespace Naringslivsplattform.Companies.Questionnaires;

/// <param name="IdempotencyKey">When given, a retry with the same key and request gets the questionnaire the first request created.</param>
internal sealed record CreateQuestionnaire(QuestionnaireRequest Request, string? IdempotencyKey = null) : ICommand<Outcome<QuestionnaireResponse>>;

internal sealed class CreateQuestionnaireHandler(IDocumentSession session, OperationContext operation) : ICommandHandler<CreateQuestionnaire, Outcome<QuestionnaireResponse>>
{
    /// <summary>What keyed questionnaire streams are created under; the caller's municipality is part of the caller.</summary>
    private static readonly Guid CreateScope = new("8e3f1b52-7c0a-4d69-a2e4-51b7c9d02462");

    public async ValueTask<Outcome<QuestionnaireResponse>> Handle(CreateQuestionnaire command, CancellationToken cancellationToken)
    {
        var keyed = command.IdempotencyKey is not null;
        var questionnaireId = keyed
            ? IdempotentStarts.StreamIdFor(CreateScope, $"{session.TenantId}/{operation.UserName}", command.IdempotencyKey!)
            : Guid.CreateVersion7();
        var decision = QuestionnaireDecisions.Create(questionnaireId, command.Request);
        return decision.Value is { } created ? await StartAsync(session, created, keyed, cancellationToken) : decision.Error!;
    }

    /// <summary>Starts the stream once; a keyed retry gets the questionnaire as it is now.</summary>
    public static async Task<Outcome<QuestionnaireResponse>> StartAsync(IDocumentSession session, QuestionnaireCreated created, bool keyed, CancellationToken cancellationToken)
    {
        var started = await session.StartOnceAsync<Questionnaire>(created.QuestionnaireId, created, keyed, cancellationToken);
        if (started.Error is { } reused)
        {
            return reused;
        }

        return started.Value && await session.LoadWithVersionAsync<Questionnaire>(created.QuestionnaireId, cancellationToken) is var (stored, version)
            ? QuestionnaireResponse.Of(stored, version)
            : QuestionnaireResponse.Of(Questionnaire.Create(created), 1);
    }
}

internal static class CreateQuestionnaireEndpoint
{
    public static void Map(IEndpointRouteBuilder questionnaires) =>
        questionnaires.MapPost("/", async Task<Results<Created<QuestionnaireResponse>, ProblemHttpResult>> (
                QuestionnaireRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                if (IdempotentStarts.ReadKey(http.Request, out var key) is { } invalidKey)
                {
                    return invalidKey.ToProblem();
                }

                return VersionedResults.Created(http, await mediator.Send(new CreateQuestionnaire(request, key), ct), "/api/v1/questionnaires");
            })
            .WithName("CreateQuestionnaire")
            .WithSummary("Skapa en enkät")
            .WithDescription("Titel, beskrivning och frågorna i enkätens version 1. Varje fråga har en nyckel (a–z, 0–9, bindestreck; unik i versionen), ett tema (kompetensforsorjning, lokaler, tillstand, infrastruktur, upphandling, tillvaxt, ovrigt), text, typ (Scale1To5, YesNo, SingleChoice, MultipleChoice, FreeText), svarsalternativ (bara för SingleChoice och MultipleChoice, minst två olika) och om den är obligatorisk. Svaret har strömmens version i ETag. Med rubriken Idempotency-Key ger ett upprepat anrop samma enkät.");
}
