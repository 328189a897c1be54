using JasperFx.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Naringslivsplattform.BuildingBlocks.Tenancy;
using Naringslivsplattform.Evaluation.Evaluations;

// The Host looks for commands in assemblies marked so; this is the Evaluation module's only one.
[assembly: JasperFx.JasperFxAssembly]

namespace Naringslivsplattform.Evaluation.Rebuild.Cli;

public sealed class RebuildInput : NetCoreInput
{
    [Description("Municipality (kommunkod) of the one plan-year to rebuild; with --year")]
    [FlagAlias("municipality", 'm')]
    public string MunicipalityFlag { get; set; } = "";

    [Description("The plan-year whose evaluation alone is rebuilt; with --municipality")]
    [FlagAlias("year", 'y')]
    public int YearFlag { get; set; }
}

/// <summary>
/// <c>./run rebuild</c>: every read model of every municipality from the events (docs/rebuild.md), or with
/// <c>--municipality 2462 --year 2023</c> only that plan-year's evaluation. Progress goes to the console in Swedish.
/// </summary>
[Description("Rebuilds every read model from the events, or one plan-year's evaluation", Name = "rebuild")]
public sealed class RebuildCommand : JasperFxAsyncCommand<RebuildInput>
{
    /// <summary>The setting README.md documents as Seed__ImportOnStartup.</summary>
    private const string SeedImportSetting = "Seed:ImportOnStartup";

    public RebuildCommand() => Usage("Rebuild every read model of every municipality");

    public override async Task<bool> Execute(RebuildInput input)
    {
        using var host = input.BuildHost();
        if (input.YearFlag != 0 || !string.IsNullOrEmpty(input.MunicipalityFlag))
        {
            return await RebuildYearAsync(host.Services, input.MunicipalityFlag, input.YearFlag);
        }

        // Unlike create-admin, this starts the app's background services: projections are rebuilt by the async daemon,
        // and the relayed company ties are made again by Wolverine's handlers. Kestrel starts too, on the address
        // ./run gives it (a free port), and serves nobody. The seed import on start is switched off: it decides against
        // the plan's inline snapshot, and with that snapshot missing (the reason to rebuild) it would take the plan for
        // new and append it a second time.
        host.Services.GetRequiredService<IConfiguration>()[SeedImportSetting] = "false";
        await host.StartAsync();
        try
        {
            var rebuilt = await host.Services.GetRequiredService<ReadModelRebuild>().RebuildAllAsync(new ConsoleProgress(), CancellationToken.None);
            Console.WriteLine(rebuilt is null ? RebuildTexts.AllBusy : SwedishFormat.Format(RebuildTexts.CliAllDone, rebuilt.Count));
            return rebuilt is not null;
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static async Task<bool> RebuildYearAsync(IServiceProvider services, string municipality, int year)
    {
        if (!Municipality.IsValidCode(municipality) || year == 0)
        {
            Console.WriteLine(RebuildTexts.CliYearNeedsMunicipality);
            return false;
        }

        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<MunicipalityContext>().Use(municipality);
        var outcome = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RebuildEvaluation(year));
        Console.WriteLine(outcome.Value is { } rebuilt
            ? SwedishFormat.Format(RebuildTexts.CliYearDone, rebuilt.Year, municipality, rebuilt.Id, SwedishFormat.Day(rebuilt.Day))
            : SwedishFormat.Format(RebuildTexts.CliYearRefused, outcome.Error!.Message));
        return outcome.Value is not null;
    }

    /// <summary>Writes each step as it starts and ends; synchronous, so lines never come out of order.</summary>
    private sealed class ConsoleProgress : IProgress<RebuildProgress>
    {
        public void Report(RebuildProgress value) =>
            Console.WriteLine(SwedishFormat.Format(value.Done ? RebuildTexts.CliStepDone : RebuildTexts.CliStep, value.Number, value.Count, value.ReadModel));
    }
}
