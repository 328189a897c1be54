using Naringslivsplattform.Access.Accounts;

namespace Naringslivsplattform.Access.Tests;

public sealed class AccountRulesTests
{
    [Theory]
    [InlineData("anna.andersson")]
    [InlineData("a_b-c@vilhelmina.se")]
    [InlineData("abc")]
    [InlineData("Anna.Andersson")]
    [InlineData("  anna  ")]
    [InlineData("a234567890123456789012345678901234567890123456789012345678901234")]
    public void A_user_name_of_3_to_64_small_letters_digits_and_dot_underscore_at_dash_is_accepted(string userName) =>
        Assert.Null(AccountRules.CheckUserName(userName));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ab")]
    [InlineData("a2345678901234567890123456789012345678901234567890123456789012345")]
    [InlineData("anna andersson")]
    [InlineData("åsa")]
    [InlineData("anna!")]
    [InlineData("anna/../admin")]
    public void Any_other_user_name_is_refused_with_a_swedish_reason(string? userName)
    {
        var error = AccountRules.CheckUserName(userName);

        Assert.Equal("account.user-name-invalid", error?.Code);
        Assert.Contains("3–64 tecken", error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(12)]
    [InlineData(40)]
    [InlineData(128)]
    public void A_password_of_12_to_128_characters_is_accepted(int length) =>
        Assert.Null(AccountRules.CheckPassword(new string('x', length)));

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    [InlineData(129)]
    public void A_shorter_or_longer_password_is_refused_naming_both_limits(int length)
    {
        var error = AccountRules.CheckPassword(new string('x', length));

        Assert.Equal("account.password-too-short", error?.Code);
        Assert.Equal("Lösenordet måste vara minst 12 och högst 128 tecken.", error!.Message);
    }

    [Fact]
    public void A_missing_password_is_refused() => Assert.NotNull(AccountRules.CheckPassword(null));

    [Theory]
    [InlineData("Anna Andersson")]
    [InlineData("A")]
    public void A_display_name_is_accepted(string displayName) => Assert.Null(AccountRules.CheckDisplayName(displayName));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_display_name_is_refused(string? displayName) =>
        Assert.Equal("account.display-name-invalid", AccountRules.CheckDisplayName(displayName)?.Code);

    [Fact]
    public void A_display_name_of_100_characters_is_accepted_and_101_refused()
    {
        Assert.Null(AccountRules.CheckDisplayName(new string('n', 100)));
        Assert.NotNull(AccountRules.CheckDisplayName(new string('n', 101)));
    }

    [Theory]
    [InlineData("Administratör")]
    [InlineData("Planerare")]
    [InlineData("Läsare")]
    [InlineData("Revisor")]
    [InlineData("Läsare", "Revisor")]
    [InlineData("Administratör", "Planerare", "Läsare", "Revisor")]
    public void Any_non_empty_set_of_the_four_roles_is_accepted(params string[] roles) =>
        Assert.Null(AccountRules.CheckRoles(roles));

    [Theory]
    [InlineData]
    [InlineData("Superanvändare")]
    [InlineData("läsare")]
    [InlineData("Administrator")]
    [InlineData("Läsare", "Gäst")]
    public void No_role_or_an_unknown_role_is_refused_naming_the_four(params string[] roles)
    {
        var error = AccountRules.CheckRoles(roles);

        Assert.Equal("account.roles-invalid", error?.Code);
        Assert.Contains("Administratör, Planerare, Läsare och Revisor", error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_roles_are_refused() => Assert.NotNull(AccountRules.CheckRoles(null));

    [Fact]
    public void The_last_administrator_cannot_give_up_the_role_but_one_of_two_can()
    {
        var administrator = AccountEvolution.Replay(AccountEvolution.Created("Administratör", "Planerare"));

        Assert.Equal("account.last-administrator", AccountRules.CheckKeepsAnAdministrator(administrator, ["Planerare"], otherAdministrators: 0)?.Code);
        Assert.Null(AccountRules.CheckKeepsAnAdministrator(administrator, ["Planerare"], otherAdministrators: 1));
        Assert.Null(AccountRules.CheckKeepsAnAdministrator(administrator, ["Administratör"], otherAdministrators: 0));
        Assert.Null(AccountRules.CheckKeepsAnAdministrator(AccountEvolution.Replay(AccountEvolution.Created("Planerare")), ["Läsare"], otherAdministrators: 0));
    }
}
