using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Tenancy;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.Importing;

/// <summary>
/// Imports every municipality's seed plans through <see cref="ImportProcessPlan"/>. All files are
/// read and checked before the first command is sent, so one bad file means nothing is appended.
/// </summary>
internal sealed partial class SeedImporter(IServiceScopeFactory scopes, IOptions<SeedOptions> options, ILogger<SeedImporter> logger)
{
    public const string Actor = "system:seed-import";
    private const string MunicipalityFile = "municipality.json";
    private const string PlanFilePattern = "processplan-*.json";

    public async Task<IReadOnlyList<PlanImportResult>> ImportAllAsync(CancellationToken cancellationToken)
    {
        var root = options.Value.ResolvedDirectory;
        var seeds = System.IO.Directory.EnumerateDirectories(root)
            .Where(folder => System.IO.Directory.EnumerateFiles(folder, PlanFilePattern).Any())
            .Order(StringComparer.Ordinal)
            .Select(ReadFolder)
            .ToList();

        var results = new List<PlanImportResult>();
        foreach (var (municipality, plans) in seeds)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<MunicipalityContext>().Use(municipality.Code);
            scope.ServiceProvider.GetRequiredService<OperationContext>().ActAs(Actor);
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            foreach (var plan in plans)
            {
                var result = await mediator.Send(new ImportProcessPlan(plan), cancellationToken);
                LogImported(plan.Header.PlanKey, municipality.Code, result.EventsAppended);
                results.Add(result);
            }
        }

        return results;
    }

    private static (SeedMunicipality Municipality, IReadOnlyList<PlanDefinition> Plans) ReadFolder(string folder)
    {
        var municipalityPath = Path.Combine(folder, MunicipalityFile);
        if (!File.Exists(municipalityPath))
        {
            throw new SeedFileException(folder, MunicipalityFile, string.Format(System.Globalization.CultureInfo.InvariantCulture, ProcessPlanTexts.SeedMissingMunicipality, folder));
        }

        var municipality = SeedPlanReader.ReadJson<SeedMunicipality>(municipalityPath);
        if (!Municipality.IsValidCode(municipality.Code))
        {
            throw new SeedFileException(municipalityPath, "$.code", ProcessPlanTexts.SeedInvalidMunicipalityCode);
        }

        var plans = System.IO.Directory.EnumerateFiles(folder, PlanFilePattern)
            .Order(StringComparer.Ordinal)
            .Select(SeedPlanReader.ReadPlan)
            .ToList();
        return (municipality, plans);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed plan {PlanKey} for municipality {Municipality}: {EventCount} new events")]
    private partial void LogImported(string planKey, string municipality, int eventCount);
}
