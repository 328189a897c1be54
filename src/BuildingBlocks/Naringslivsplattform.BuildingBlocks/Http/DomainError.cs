using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Naringslivsplattform.BuildingBlocks.Http;

/// <summary>A rejected command: a stable code, a Swedish message, and the HTTP status it maps to.</summary>
public sealed record DomainError(string Code, string Message, int Status = StatusCodes.Status400BadRequest)
{
    public ProblemHttpResult ToProblem() => ApiProblems.Problem(Status, Code, Message);
}

/// <summary>Any outcome, for what handles every command alike (the mediator's pipeline).</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716", Justification = "C# only; Error is the name every handler and page already reads.")]
public interface IOutcome
{
    DomainError? Error { get; }
}

/// <summary>An outcome that can be made from an error alone, so a pipeline step can refuse a command before its handler runs.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716", Justification = "C# only.")]
public interface IOutcome<TSelf> : IOutcome
    where TSelf : IOutcome<TSelf>
{
    static abstract TSelf Refused(DomainError error);
}

/// <summary>What a command handler returns: its result, or why nothing was done.</summary>
public readonly record struct Outcome<T> : IOutcome<Outcome<T>>
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

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "Implements the static abstract IOutcome<TSelf>.Refused.")]
    public static Outcome<T> Refused(DomainError error) => new(default, error);

    /// <summary>The result made into another, or the same refusal.</summary>
    public Outcome<TResult> Map<TResult>(Func<T, TResult> map) =>
        Error is { } error ? Outcome<TResult>.Refused(error) : new Outcome<TResult>(map(Value!));
}

