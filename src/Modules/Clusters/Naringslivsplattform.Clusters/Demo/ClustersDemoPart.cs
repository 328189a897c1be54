using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.DemoData;
using Naringslivsplattform.BuildingBlocks.Modules;

namespace Naringslivsplattform.Clusters.Demo;

/// <summary>The plan's micro-clusters with members and the meetings they asked for (1.2); what companies raised there is left for the follow-ups.</summary>
internal sealed class ClustersDemoPart : IDemoDataPart
{
    public int Order => DemoDataOrder.Clusters;

    public async Task WriteAsync(DemoDataRun run, CancellationToken cancellationToken)
    {
        var clusters = DemoClusters.Make(run.Faker, run.Plan!.Clusters, run.Companies, run.People, run.Town);
        await DemoClusters.WriteAsync(run, clusters, cancellationToken);
        run.Count(DemoCounts.Clusters, clusters.Count);
        run.Count(DemoCounts.ClusterMeetings, clusters.Sum(c => c.Meetings.Count));
    }
}

/// <summary>The module's share of <c>./run demo-data</c> (docs/demo-data.md).</summary>
internal sealed class DemoFeature : IModuleFeature
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddSingleton<IDemoDataPart, ClustersDemoPart>();
}
