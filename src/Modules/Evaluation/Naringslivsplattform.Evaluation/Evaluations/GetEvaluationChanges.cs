namespace Naringslivsplattform.Evaluation.Evaluations;

/// <summary>What changed in a year's evaluation between the end of <paramref name="Since"/> and now.</summary>
internal sealed record GetEvaluationChanges(int Year, string Since) : IQuery<Outcome<EvaluationChanges>>;

internal sealed class GetEvaluationChangesHandler(IMediator mediator) : IQueryHandler<GetEvaluationChanges, Outcome<EvaluationChanges>>
{
    public async ValueTask<Outcome<EvaluationChanges>> Handle(GetEvaluationChanges query, CancellationToken cancellationToken)
    {
        var then = await mediator.Send(new GetAnnualEvaluation(query.Year, query.Since), cancellationToken);
        if (then.Error is { } refused)
        {
            return refused;
        }

        var now = await mediator.Send(new GetAnnualEvaluation(query.Year, null), cancellationToken);
        return now.Error is { } gone
            ? gone
            : new EvaluationChanges(query.Year, then.Value!.Day, now.Value!.Day, EvaluationComparison.Compare(then.Value, now.Value));
    }
}
