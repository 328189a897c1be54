using MudBlazor;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.YoungEnterprise.Demo;
using Naringslivsplattform.YoungEnterprise.StudentCompanies;
using Naringslivsplattform.YoungEnterprise.UfEvents;

namespace Naringslivsplattform.YoungEnterprise;

/// <summary>Ung Företagsamhet (activity 2.2): UF companies per school year and UF events such as the primary-school UF day.</summary>
public sealed class YoungEnterpriseModule : IModule
{
    public string Name => "YoungEnterprise";

    public IReadOnlyList<IModuleFeature> Features { get; } = [new StudentCompaniesFeature(), new UfEventsFeature(), new DemoFeature()];

    public IReadOnlyList<NavigationEntry> Navigation =>
        [new(YoungEnterpriseTexts.Nav, "uf", Icons.Material.Filled.School, PlatformPolicies.Read)];
}
