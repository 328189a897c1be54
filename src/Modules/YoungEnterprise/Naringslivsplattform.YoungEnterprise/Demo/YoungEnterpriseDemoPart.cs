using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.DemoData;
using Naringslivsplattform.BuildingBlocks.Modules;

namespace Naringslivsplattform.YoungEnterprise.Demo;

/// <summary>UF companies of two school years at the demo school, their mentors, and the year's UF events (2.2).</summary>
internal sealed class YoungEnterpriseDemoPart : IDemoDataPart
{
    public int Order => DemoDataOrder.YoungEnterprise;

    public async Task WriteAsync(DemoDataRun run, CancellationToken cancellationToken)
    {
        var young = DemoYoungEnterprise.Make(run.Faker, run.Companies, run.People, run.Town);
        await DemoYoungEnterprise.WriteAsync(run, run.SchoolId!.Value, young, cancellationToken);
        run.Count(DemoCounts.StudentCompanies, young.Companies.Count);
        run.Count(DemoCounts.UfEvents, young.Events.Count);
    }
}

/// <summary>The module's share of <c>./run demo-data</c> (docs/demo-data.md).</summary>
internal sealed class DemoFeature : IModuleFeature
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddSingleton<IDemoDataPart, YoungEnterpriseDemoPart>();
}
