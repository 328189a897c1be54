using JasperFx.CommandLine;
using Microsoft.Extensions.Options;
using Naringslivsplattform.Companies.Questionnaires;
using Naringslivsplattform.ProcessPlan.Importing;

namespace Naringslivsplattform.Host.DemoData;

public sealed class DemoDataInput : NetCoreInput
{
    [Description("Municipality (kommunkod); default the configured default municipality")]
    [FlagAlias("municipality", 'm')]
    public string MunicipalityFlag { get; set; } = "";

    [Description("Seed of the random picture; the same seed gives the same picture on every machine")]
    [FlagAlias("seed", 's')]
    public int SeedFlag { get; set; } = DemoDataGenerator.DefaultSeed;

    [Description("Number of companies (visits are about 1.25 per company)")]
    [FlagAlias("companies", 'c')]
    public int CompaniesFlag { get; set; } = DemoDataGenerator.DefaultCompanies;
}

/// <summary>
/// Fills an empty register with fictional companies, visits, process plan actions, micro-clusters, school collaboration and UF (docs/demo-data.md). Imports the
/// seed plans and gives the default questionnaire first, as the app does on start, so a database the app has never run
/// against gets them too.
/// </summary>
[Description("Fills an empty municipality with clearly fictional demo data for 2023-2024", Name = "demo-data")]
public sealed class DemoDataCommand : JasperFxAsyncCommand<DemoDataInput>
{
    public DemoDataCommand() => Usage("Fill the default municipality");

    public override async Task<bool> Execute(DemoDataInput input)
    {
        // Services only: the web server and messaging are not started for this.
        using var host = input.BuildHost();
        var municipality = string.IsNullOrEmpty(input.MunicipalityFlag)
            ? host.Services.GetRequiredService<IConfiguration>()["Tenancy:DefaultMunicipalityCode"] ?? ""
            : input.MunicipalityFlag;
        if (host.Services.GetRequiredService<IOptions<SeedOptions>>().Value.ImportOnStartup)
        {
            await host.Services.GetRequiredService<SeedImporter>().ImportAllAsync(CancellationToken.None);
        }

        // The default questionnaire, as the app gives it on start (it checks Seed:ImportOnStartup itself).
        await new DefaultQuestionnaireOnStartup(host.Services.GetRequiredService<IServiceScopeFactory>(), host.Services.GetRequiredService<IConfiguration>())
            .StartAsync(CancellationToken.None);

        var report = await new DemoDataGenerator(host.Services.GetRequiredService<IServiceScopeFactory>())
            .GenerateAsync(new DemoDataRequest(municipality, input.SeedFlag, input.CompaniesFlag));
        Console.WriteLine(report.Error is { } error ? $"Ingen demodata skapades: {error}" : Summary(municipality, report));
        return report.Error is null;
    }

    private static string Summary(string municipality, DemoDataReport report)
    {
        var m = report.Modules;
        return $"Demodata för kommun {municipality}: {report.Companies} företag, {report.ContactPersons} kontaktpersoner, {report.Visits} företagsbesök, "
               + $"{report.FollowUps} uppföljningar, {report.Actions} egna åtgärder i processplanen, {m.Clusters} mikrokluster med {m.ClusterMeetings} möten, "
               + $"{m.Schools} skola med {m.IndustryCouncils} branschråd, {m.CouncilMeetings} branschrådsmöten och {m.LeadTeacherMeetings} möten med förstelärare, "
               + $"samt {m.StudentCompanies} UF-företag och {m.UfEvents} UF-aktiviteter.";
    }
}
