using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.Companies.Questionnaires;

/// <summary>
/// Gives a municipality without questionnaires the default one (seeds/reference/questionnaire-default.json, embedded at
/// build time), so the first company visit has questions to ask. It is started as a keyed create of <see cref="Actor"/>,
/// so two starts at once cannot create two; a bad seed file stops the start with its message. Runs when the seeds are
/// imported on startup (Seed:ImportOnStartup), for the municipality served by default.
/// </summary>
internal sealed class DefaultQuestionnaireOnStartup(IServiceScopeFactory scopes, IConfiguration configuration) : IHostedService
{
    /// <summary>The same actor as the process plan's seed import: both are what the repository's seeds put in on startup.</summary>
    public const string Actor = "system:seed-import";

    private const string Key = "default-questionnaire";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Seed:ImportOnStartup", true))
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var operation = scope.ServiceProvider.GetRequiredService<OperationContext>();
        operation.ActAs(Actor);
        var session = scope.ServiceProvider.GetRequiredService<IDocumentSession>();
        if (await session.Query<Questionnaire>().AnyAsync(cancellationToken))
        {
            return;
        }

        var started = await session.StartOnceAsync<Questionnaire, QuestionnaireCreated>(
            IdempotencyKeys.StreamFor(session, operation, QuestionnaireStreams.Kind, Key), Decide, cancellationToken);
        if (started.Error is { } refused)
        {
            throw new InvalidOperationException($"The default questionnaire is invalid: {refused.Code} {refused.Message}");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The default questionnaire's first event, checked by the same rules as one the office creates.</summary>
    public static Outcome<QuestionnaireCreated> Decide(Guid questionnaireId)
    {
        using var stream = typeof(DefaultQuestionnaireOnStartup).Assembly.GetManifestResourceStream("questionnaire-default.json")
            ?? throw new InvalidOperationException("The embedded default questionnaire is missing.");
        var request = JsonSerializer.Deserialize<QuestionnaireRequest>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("The embedded default questionnaire is empty.");
        return QuestionnaireRules.Create(questionnaireId, request);
    }
}
