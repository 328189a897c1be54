namespace Naringslivsplattform.Evaluation.Audit;

internal static class AuditResults
{
    /// <summary>200 with the answer, or the problem details of why there is none.</summary>
    public static Results<Ok<T>, ProblemHttpResult> ToResult<T>(this Outcome<T> outcome)
        where T : class =>
        outcome.Value is { } value ? TypedResults.Ok(value) : outcome.Error!.ToProblem();
}
