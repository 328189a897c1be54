using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.DemoData;
using Naringslivsplattform.BuildingBlocks.Modules;

namespace Naringslivsplattform.Schools.Demo;

/// <summary>The upper-secondary school with its programmes, industry councils and their meetings, and meetings with lead teachers (2.1).</summary>
internal sealed class SchoolsDemoPart : IDemoDataPart
{
    public int Order => DemoDataOrder.Schools;

    public async Task WriteAsync(DemoDataRun run, CancellationToken cancellationToken)
    {
        var school = DemoSchools.Make(run.Faker, run.Companies, run.People);
        run.SchoolId = await DemoSchools.WriteAsync(run, school, cancellationToken);
        run.Count(DemoCounts.Schools, 1);
        run.Count(DemoCounts.IndustryCouncils, school.Councils.Count);
        run.Count(DemoCounts.CouncilMeetings, school.Councils.Sum(c => c.Meetings.Count));
        run.Count(DemoCounts.LeadTeacherMeetings, school.LeadTeacherMeetings.Count);
    }
}

/// <summary>The module's share of <c>./run demo-data</c> (docs/demo-data.md).</summary>
internal sealed class DemoFeature : IModuleFeature
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddSingleton<IDemoDataPart, SchoolsDemoPart>();
}
