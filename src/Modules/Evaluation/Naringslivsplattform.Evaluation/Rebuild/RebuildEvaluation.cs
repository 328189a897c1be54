using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.Evaluation.Evaluations;

namespace Naringslivsplattform.Evaluation.Rebuild;

/// <summary>Makes one plan-year's evaluation of the municipality afresh from the events, leaving every other document as it is.</summary>
internal sealed record RebuildEvaluation(int Year) : ICommand<Outcome<RebuiltEvaluation>>;

/// <param name="Day">The Swedish day its figures stand on.</param>
internal sealed record RebuiltEvaluation(string Id, Guid PlanId, int Year, DateOnly Day);

internal sealed class RebuildEvaluationHandler(EvaluationRefresher refresher) : ICommandHandler<RebuildEvaluation, Outcome<RebuiltEvaluation>>
{
    public async ValueTask<Outcome<RebuiltEvaluation>> Handle(RebuildEvaluation command, CancellationToken cancellationToken)
    {
        if (EvaluationDay.CheckYear(command.Year) is { } invalid)
        {
            return invalid;
        }

        return await refresher.RefreshAsync(command.Year, cancellationToken) is { } evaluation
            ? new RebuiltEvaluation(evaluation.Id, evaluation.PlanId, evaluation.Year, evaluation.Day)
            : EvaluationDay.NoPlan(command.Year);
    }
}

internal static class RebuildEvaluationEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/evaluations/{year:int}/rebuild", async Task<Results<Ok<RebuiltEvaluation>, ProblemHttpResult>> (int year, IMediator mediator, CancellationToken ct) =>
            {
                var outcome = await mediator.Send(new RebuildEvaluation(year), ct);
                return outcome.Value is { } rebuilt ? TypedResults.Ok(rebuilt) : outcome.Error!.ToProblem();
            })
            .WithTags("Utvärdering")
            .RequireAuthorization(PlatformPolicies.Administer)
            .WithName("RebuildEvaluation")
            .WithSummary("Bygg om utvärderingen för ett år")
            .WithDescription("Gör om årets utvärdering för kommunen från händelserna och sparar den; andra års utvärderingar och övriga läsmodeller lämnas orörda. Svarar med utvärderingens id och den dag siffrorna gäller. Ett år som ingen processplan täcker ger 404 (evaluation.no-plan). Endast för administratörer.");
}
