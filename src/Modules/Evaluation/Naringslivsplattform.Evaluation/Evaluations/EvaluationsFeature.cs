using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;

namespace Naringslivsplattform.Evaluation.Evaluations;

/// <summary>The annual evaluation per plan-year: the stored documents, the subscription that keeps them current, now and as of a day.</summary>
internal sealed class EvaluationsFeature : IModuleFeature
{
    public void ConfigureEventStore(StoreOptions options) => options.Schema.For<AnnualEvaluation>().Identity(e => e.Id);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<EvaluationBuilder>();
        services.AddScoped<EvaluationRefresher>();
        services.ConfigureMarten((provider, options) =>
            options.Events.Subscribe(new EvaluationRefreshSubscription(provider.GetRequiredService<IServiceScopeFactory>())));
    }

    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
        var evaluations = api.MapGroup("/evaluations").WithTags("Utvärdering").RequireAuthorization(PlatformPolicies.Read);

        evaluations.MapGet("", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListEvaluationYears(), ct)))
            .WithName("ListEvaluationYears")
            .WithSummary("År med årlig utvärdering")
            .WithDescription("Varje år som en processplan täcker, med planens id och titel.");

        evaluations.MapGet("/{year:int}", async Task<Results<Ok<AnnualEvaluation>, ProblemHttpResult>> (int year, string? asOf, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetAnnualEvaluation(year, asOf), ct)).ToResult())
            .WithName("GetAnnualEvaluation")
            .WithSummary("Årlig utvärdering av processplanen")
            .WithDescription("Utvärderingen för ett år, gjord enbart av händelser: varje aktivitets mål och utfall och åtgärder per slag (planerade, genomförda, inställda), varje insats 1–8 sammanställd av sina aktiviteter, besök per SNI-avdelning och avdelningar som inte nåtts, mikrokluster, ledningsbeslut och deras tidsfrister samt årets nyckeltal bredvid föregående års. Med asOf (ÅÅÅÅ-MM-DD) visas utvärderingen så som händelserna fram till den dagens slut (svensk tid) gav den, även om uppgifter rättats senare.");

        evaluations.MapGet("/{year:int}/changes", async Task<Results<Ok<EvaluationChanges>, ProblemHttpResult>> (int year, string? since, IMediator mediator, CancellationToken ct) =>
                string.IsNullOrWhiteSpace(since)
                    ? new DomainError("evaluation.since-required", EvaluationTexts.EvaluationSinceRequired).ToProblem()
                    : (await mediator.Send(new GetEvaluationChanges(year, since), ct)).ToResult())
            .WithName("GetEvaluationChanges")
            .WithSummary("Ändringar i utvärderingen sedan en dag")
            .WithDescription("Det som skiljer årets utvärdering i dag från hur den såg ut vid slutet av dagen since (ÅÅÅÅ-MM-DD), rad för rad: område, post, före och efter.");
    }
}
