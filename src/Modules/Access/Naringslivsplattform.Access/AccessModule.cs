using MudBlazor;
using Naringslivsplattform.Access.Accounts;
using Naringslivsplattform.Access.ApiKeys;
using Naringslivsplattform.Access.Resources;
using Naringslivsplattform.Access.SigningIn;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;

namespace Naringslivsplattform.Access;

/// <summary>Who may do what: sign-in, local accounts and roles, API keys for the intranet.</summary>
public sealed class AccessModule : IModule
{
    public string Name => "Access";

    public IReadOnlyList<IModuleFeature> Features { get; } = [new AccountsFeature(), new ApiKeysFeature(), new SigningInFeature(), new AccessProvisioningFeature()];

    public IReadOnlyList<NavigationEntry> Navigation =>
    [
        new(AccessTexts.NavUsers, "admin/anvandare", Icons.Material.Filled.People, PlatformPolicies.Administer),
        new(AccessTexts.NavApiKeys, "admin/api-nycklar", Icons.Material.Filled.Key, PlatformPolicies.Administer),
    ];
}
