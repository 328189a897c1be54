using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.DemoData;
using Naringslivsplattform.BuildingBlocks.Modules;

namespace Naringslivsplattform.Companies.Demo;

/// <summary>The module's share of <c>./run demo-data</c> (docs/demo-data.md): companies, visits and follow-ups.</summary>
internal sealed class DemoFeature : IModuleFeature
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IDemoDataPart, CompaniesDemoPart>();
        services.AddSingleton<IDemoDataPart, VisitsDemoPart>();
        services.AddSingleton<IDemoDataPart, RaisedIssuesDemoPart>();
    }
}
