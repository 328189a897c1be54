using Naringslivsplattform.Access.Accounts;

namespace Naringslivsplattform.Access.SigningIn;

internal enum SignInOutcome
{
    SignedIn,
    InvalidCredentials,
    LockedOut,
}

/// <summary>Lockout rule: five failures in a row lock the account for fifteen minutes. Pure.</summary>
internal static class SignInDecision
{
    public const int MaxConsecutiveFailures = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public static (SignInOutcome Outcome, IReadOnlyList<object> Events) Decide(LocalAccount account, bool passwordMatches, DateTimeOffset now)
    {
        if (account.IsLockedAt(now))
        {
            return (SignInOutcome.LockedOut, []);
        }

        if (passwordMatches)
        {
            return (SignInOutcome.SignedIn, [new SignInSucceeded(account.Id)]);
        }

        // An expired lockout starts a new count rather than locking again on the next mistake.
        var failures = (account.LockedUntil is null ? account.ConsecutiveFailures : 0) + 1;
        SignInFailed failed = new(account.Id, failures);
        return failures >= MaxConsecutiveFailures
            ? (SignInOutcome.LockedOut, [failed, new LocalAccountLockedOut(account.Id, now + LockoutDuration)])
            : (SignInOutcome.InvalidCredentials, [failed]);
    }
}
