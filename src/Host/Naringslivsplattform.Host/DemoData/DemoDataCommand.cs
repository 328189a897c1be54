using JasperFx.CommandLine;
using Naringslivsplattform.BuildingBlocks.DemoData;

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
/// Fills an empty register with fictional companies, visits, process plan actions, micro-clusters, school collaboration and UF
/// (docs/demo-data.md); the modules' parts import the seed plan and give the default questionnaire first, as the app does on start.
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
        var report = await new DemoDataGenerator(host.Services.GetRequiredService<IServiceScopeFactory>())
            .GenerateAsync(new DemoDataRequest(municipality, input.SeedFlag, input.CompaniesFlag));
        Console.WriteLine(report.Error is { } error ? $"Ingen demodata skapades: {error}" : Summary(municipality, report));
        return report.Error is null;
    }

    private static string Summary(string municipality, DemoDataReport report)
    {
        int N(string key) => report.Count(key);
        return $"Demodata för kommun {municipality}: {N(DemoCounts.Companies)} företag, {N(DemoCounts.ContactPersons)} kontaktpersoner, {N(DemoCounts.Visits)} företagsbesök, "
               + $"{N(DemoCounts.FollowUps)} uppföljningar, {N(DemoCounts.PlanActions)} egna åtgärder i processplanen, {N(DemoCounts.Clusters)} mikrokluster med {N(DemoCounts.ClusterMeetings)} möten, "
               + $"{N(DemoCounts.Schools)} skola med {N(DemoCounts.IndustryCouncils)} branschråd, {N(DemoCounts.CouncilMeetings)} branschrådsmöten och {N(DemoCounts.LeadTeacherMeetings)} möten med förstelärare, "
               + $"samt {N(DemoCounts.StudentCompanies)} UF-företag och {N(DemoCounts.UfEvents)} UF-aktiviteter.";
    }
}
