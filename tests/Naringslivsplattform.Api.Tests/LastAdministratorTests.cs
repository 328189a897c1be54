using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.Access.Accounts;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.BuildingBlocks.Tenancy;
using Naringslivsplattform.BuildingBlocks.Ui;
using Naringslivsplattform.TestSupport;

namespace Naringslivsplattform.Api.Tests;

/// <summary>A municipality always keeps an administrator; a database of its own, so "the only one" is certain.</summary>
public sealed class LastAdministratorTests(DatabaseFixture database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_only_administrator_cannot_drop_the_role_until_there_is_another()
    {
        await using var app = new PlatformApp(await database.Server.CreateDatabaseAsync("last-admin", Ct));
        var ada = await app.CreateAccountAsync(Municipality.VilhelminaCode, "ada.admin", PlatformRoles.Administrator);
        var scopes = app.Services.GetRequiredService<IServiceScopeFactory>();
        var signedIn = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "ada.admin"), new Claim(PlatformClaims.Municipality, Municipality.VilhelminaCode)], "test"));

        var refused = await scopes.SendAsAsync(signedIn, m => m.Send(new ChangeLocalAccountRoles(ada, [PlatformRoles.Planner])));
        await app.CreateAccountAsync(Municipality.VilhelminaCode, "bo.admin", PlatformRoles.Administrator);
        var allowed = await scopes.SendAsAsync(signedIn, m => m.Send(new ChangeLocalAccountRoles(ada, [PlatformRoles.Planner])));

        Assert.Equal((409, "account.last-administrator"), (refused.Error?.Status, refused.Error?.Code));
        Assert.True(allowed.Value);
    }
}
