namespace Naringslivsplattform.Access.Accounts;

/// <param name="PasswordHash">An ASP.NET Core Identity password hash (PBKDF2), never the password.</param>
internal sealed record LocalAccountCreated(
    Guid AccountId, string MunicipalityCode, string UserName, string DisplayName, string PasswordHash, IReadOnlyList<string> Roles);

internal sealed record LocalAccountRolesChanged(Guid AccountId, IReadOnlyList<string> Roles);

internal sealed record LocalAccountPasswordChanged(Guid AccountId, string PasswordHash);

internal sealed record SignInSucceeded(Guid AccountId);

internal sealed record SignInFailed(Guid AccountId, int ConsecutiveFailures);

internal sealed record LocalAccountLockedOut(Guid AccountId, DateTimeOffset LockedUntil);

internal sealed record LocalAccountUnlocked(Guid AccountId);

internal static class LocalAccountEventTypes
{
    public static readonly Type[] All =
    [
        typeof(LocalAccountCreated), typeof(LocalAccountRolesChanged), typeof(LocalAccountPasswordChanged),
        typeof(SignInSucceeded), typeof(SignInFailed), typeof(LocalAccountLockedOut), typeof(LocalAccountUnlocked),
    ];
}
