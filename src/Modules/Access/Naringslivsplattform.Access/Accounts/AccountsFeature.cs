using JasperFx.Events.Projections;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.Modules;

namespace Naringslivsplattform.Access.Accounts;

/// <summary>Local accounts: created, given roles, locked by failed sign-ins and unlocked, each its own stream.</summary>
internal sealed class AccountsFeature : IModuleFeature
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton<IPasswordHasher<LocalAccount>, PasswordHasher<LocalAccount>>();

    public void ConfigureEventStore(Marten.StoreOptions options)
    {
        options.Events.AddEventTypes(LocalAccountEventTypes.All);
        options.Projections.Snapshot<LocalAccount>(SnapshotLifecycle.Inline);
        options.Schema.For<LocalAccount>().Index(a => a.UserName);
    }
}
