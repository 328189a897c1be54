using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Naringslivsplattform.BuildingBlocks.Http;

/// <summary>A rejected command: a stable code, a Swedish message, and the HTTP status it maps to.</summary>
public sealed record DomainError(string Code, string Message, int Status = StatusCodes.Status400BadRequest)
{
    public ProblemHttpResult ToProblem() => ApiProblems.Problem(Status, Code, Message);
}

/// <summary>What a command handler returns: its result, or why nothing was done.</summary>
public readonly record struct Outcome<T>
{
    /// <summary>A result; also for results of an interface type, which C# will not convert implicitly.</summary>
    public Outcome(T value)
        : this(value, null)
    {
    }

    private Outcome(T? value, DomainError? error) => (Value, Error) = (value, error);

    public T? Value { get; }

    public DomainError? Error { get; }

    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(DomainError error) => new(default, error);
}

public static class OutcomeExtensions
{
    /// <summary>The same result as an event of any type, for changes that decide among several event types.</summary>
    public static Outcome<object> Widen<T>(this Outcome<T> outcome)
        where T : class =>
        outcome.Value is { } value ? value : outcome.Error!;
}
