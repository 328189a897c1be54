using System.Text.Json;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Naringslivsplattform.BuildingBlocks.EventStore;

namespace Naringslivsplattform.Companies.Questionnaires;

/// <summary>
/// Gives a municipality without questionnaires the default one (seeds/reference/questionnaire-default.json, embedded at
/// build time), so the first company visit has questions to ask. Its stream id is derived from the municipality, so two
/// starts at once cannot create two; a bad seed file stops the start with its message. Runs when the seeds are imported
/// on startup (Seed:ImportOnStartup), for the municipality served by default.
/// </summary>
internal sealed class DefaultQuestionnaireOnStartup(IServiceScopeFactory scopes, IConfiguration configuration) : IHostedService
{
    /// <summary>The same actor as the process plan's seed import: both are what the repository's seeds put in on startup.</summary>
    public const string Actor = "system:seed-import";

    private static readonly Guid SeedScope = new("c4a9d27e-0b3f-4e18-9d5c-7f6e2a1b2462");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Seed:ImportOnStartup", true))
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OperationContext>().ActAs(Actor);
        var session = scope.ServiceProvider.GetRequiredService<IDocumentSession>();
        if (await session.Query<Questionnaire>().AnyAsync(cancellationToken))
        {
            return;
        }

        var created = Decide(IdempotentStarts.StreamIdFor(SeedScope, session.TenantId, "default"));
        await session.StartOnceAsync<Questionnaire>(created.QuestionnaireId, created, keyed: true, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The default questionnaire's first event, checked by the same rules as one the office creates.</summary>
    public static QuestionnaireCreated Decide(Guid questionnaireId)
    {
        using var stream = typeof(DefaultQuestionnaireOnStartup).Assembly.GetManifestResourceStream("questionnaire-default.json")
            ?? throw new InvalidOperationException("The embedded default questionnaire is missing.");
        var request = JsonSerializer.Deserialize<QuestionnaireRequest>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("The embedded default questionnaire is empty.");
        var decision = QuestionnaireDecisions.Create(questionnaireId, request);
        return decision.Value ?? throw new InvalidOperationException($"The default questionnaire is invalid: {decision.Error!.Code} {decision.Error.Message}");
    }
}
