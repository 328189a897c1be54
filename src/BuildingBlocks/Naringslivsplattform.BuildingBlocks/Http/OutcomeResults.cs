using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Naringslivsplattform.BuildingBlocks.Http;

/// <summary>An outcome as an HTTP answer: 200 with the result, or the refusal's problem details.</summary>
public static class OutcomeResults
{
    public static Results<Ok<T>, ProblemHttpResult> ToResult<T>(this Outcome<T> outcome) =>
        outcome.Value is { } value ? TypedResults.Ok(value) : outcome.Error!.ToProblem();

    /// <summary>The result made into another answer (a file, a page), or the refusal's problem details.</summary>
    public static Results<TResult, ProblemHttpResult> ToResult<T, TResult>(this Outcome<T> outcome, Func<T, TResult> answer)
        where TResult : IResult =>
        outcome.Value is { } value ? answer(value) : outcome.Error!.ToProblem();
}
