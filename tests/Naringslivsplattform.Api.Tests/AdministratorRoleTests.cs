using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.Access;
using Naringslivsplattform.BuildingBlocks.Security;

namespace Naringslivsplattform.Api.Tests;

/// <summary>A municipality keeps an administrator even when its last two take the role from each other at the same moment.</summary>
[Collection(SharedSecurityApp.Name)]
public sealed class AdministratorRoleTests(SecurityApp app)
{
    private const string LastAdministrator = "Kontot är kommunens enda administratör. Ge någon annan rollen Administratör först.";

    [Fact]
    public async Task Two_administrators_demoting_each_other_at_once_leave_one()
    {
        var provisioning = app.App.Services.GetRequiredService<AccessProvisioning>();
        // Several municipalities of two administrators each, so that the two changes get many chances to interleave.
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var municipality = $"98{attempt:00}";
            // User names are unique across municipalities.
            var first = await app.App.CreateAccountAsync(municipality, $"admin-{municipality}-a", PlatformRoles.Administrator);
            var second = await app.App.CreateAccountAsync(municipality, $"admin-{municipality}-b", PlatformRoles.Administrator);

            var refusals = await Task.WhenAll(
                Task.Run(() => provisioning.ChangeRolesAsync(municipality, first, [PlatformRoles.Planner], "test", TestContext.Current.CancellationToken)),
                Task.Run(() => provisioning.ChangeRolesAsync(municipality, second, [PlatformRoles.Planner], "test", TestContext.Current.CancellationToken)));

            Assert.Equal([LastAdministrator], refusals.Where(r => r is not null));
        }
    }
}
