using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.Modules;

namespace Naringslivsplattform.ProcessPlan.Importing;

/// <summary>Every municipality's seed plans, imported into the plans' streams when the app starts (ADR 0003).</summary>
internal sealed class ImportingFeature : IModuleFeature
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SeedOptions>()
            .Bind(configuration.GetSection(SeedOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<SeedImporter>();
        services.AddHostedService<SeedImportOnStartup>();
    }
}
