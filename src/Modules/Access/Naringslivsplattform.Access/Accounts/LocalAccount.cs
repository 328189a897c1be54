using System.Collections.Immutable;

namespace Naringslivsplattform.Access.Accounts;

/// <summary>A local account (for installations without an OpenID Connect provider), built from its stream.</summary>
internal sealed record LocalAccount(
    Guid Id,
    string MunicipalityCode,
    string UserName,
    string DisplayName,
    string PasswordHash,
    ImmutableList<string> Roles,
    int ConsecutiveFailures,
    DateTimeOffset? LockedUntil)
{
    public static LocalAccount Create(LocalAccountCreated created) =>
        new(created.AccountId, created.MunicipalityCode, created.UserName, created.DisplayName, created.PasswordHash, [.. created.Roles], 0, null);

    public bool IsLockedAt(DateTimeOffset now) => LockedUntil > now;

    public LocalAccount Apply(LocalAccountRolesChanged changed) => this with { Roles = [.. changed.Roles] };

    public LocalAccount Apply(LocalAccountPasswordChanged changed) => this with { PasswordHash = changed.PasswordHash };

    public LocalAccount Apply(SignInSucceeded succeeded) => this with { ConsecutiveFailures = 0, LockedUntil = null };

    // A failure is only recorded on an account that is not locked, so any lockout it still carries has
    // ended; clearing it lets the new count reach the limit and lock again.
    public LocalAccount Apply(SignInFailed failed) => this with { ConsecutiveFailures = failed.ConsecutiveFailures, LockedUntil = null };

    public LocalAccount Apply(LocalAccountLockedOut lockedOut) => this with { LockedUntil = lockedOut.LockedUntil };

    public LocalAccount Apply(LocalAccountUnlocked unlocked) => this with { ConsecutiveFailures = 0, LockedUntil = null };

    /// <summary>User names compare without regard to case or surrounding space.</summary>
    public static string Normalize(string userName) => userName.Trim().ToLowerInvariant();
}
