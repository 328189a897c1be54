namespace Naringslivsplattform.ProcessPlan.Plans;

/// <summary>How a read that can be refused answers: 200 with the result, or the refusal's problem.</summary>
internal static class OutcomeResults
{
    public static Results<Ok<T>, ProblemHttpResult> ToResult<T>(this Outcome<T> outcome)
        where T : class =>
        outcome.Value is { } value ? TypedResults.Ok(value) : outcome.Error!.ToProblem();
}
