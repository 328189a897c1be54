using System.Text.RegularExpressions;
using Naringslivsplattform.Access.Resources;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.BuildingBlocks.Security;

namespace Naringslivsplattform.Access.Accounts;

/// <summary>What makes an account's user name, display name, password and roles acceptable.</summary>
internal static partial class AccountRules
{
    public const int MinPasswordLength = 12;
    public const int MaxPasswordLength = 128;

    public static DomainError? CheckUserName(string? userName) =>
        userName is not null && UserNamePattern().IsMatch(LocalAccount.Normalize(userName))
            ? null
            : new DomainError("account.user-name-invalid", AccessTexts.UserNameInvalid);

    public static DomainError? CheckDisplayName(string? displayName) =>
        string.IsNullOrWhiteSpace(displayName) || displayName.Length > 100
            ? new DomainError("account.display-name-invalid", AccessTexts.DisplayNameInvalid)
            : null;

    public static DomainError? CheckPassword(string? password) =>
        password is null || password.Length < MinPasswordLength || password.Length > MaxPasswordLength
            ? new DomainError("account.password-too-short", AccessTexts.PasswordTooShort)
            : null;

    public static DomainError? CheckRoles(IReadOnlyCollection<string>? roles) =>
        roles is null || roles.Count == 0 || roles.Any(r => !PlatformRoles.All.Contains(r))
            ? new DomainError("account.roles-invalid", AccessTexts.RolesInvalid)
            : null;

    /// <summary>The municipality must keep someone who can administer it: the last administrator cannot give the role up.</summary>
    /// <param name="otherAdministrators">How many other accounts of the municipality are administrators.</param>
    public static DomainError? CheckKeepsAnAdministrator(LocalAccount account, IReadOnlyCollection<string> newRoles, int otherAdministrators) =>
        account.Roles.Contains(PlatformRoles.Administrator) && !newRoles.Contains(PlatformRoles.Administrator) && otherAdministrators == 0
            ? new DomainError("account.last-administrator", AccessTexts.LastAdministrator, 409)
            : null;

    [GeneratedRegex("^[a-z0-9._@-]{3,64}$")]
    private static partial Regex UserNamePattern();
}
