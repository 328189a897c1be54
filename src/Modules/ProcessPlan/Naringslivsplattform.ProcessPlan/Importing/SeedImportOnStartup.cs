using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Naringslivsplattform.ProcessPlan.Importing;

/// <summary>Runs the seed import before the app serves requests; a bad seed stops the start with its message.</summary>
internal sealed class SeedImportOnStartup(SeedImporter importer, IOptions<SeedOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.ImportOnStartup)
        {
            await importer.ImportAllAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
