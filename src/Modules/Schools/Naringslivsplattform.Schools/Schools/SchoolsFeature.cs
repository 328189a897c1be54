using JasperFx.Events.Projections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.History;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.BuildingBlocks.Texts;
using Naringslivsplattform.Schools.Contracts;

namespace Naringslivsplattform.Schools.Schools;

/// <summary>The school register: schools by unique name, their level and national programmes, each school its own stream.</summary>
internal sealed class SchoolsFeature : IModuleFeature
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ISchoolDirectory, SchoolDirectory>();
        services.DescribeEvents(events => events
            .Describe<SchoolRegistered>(e => SwedishFormat.Format(SchoolsTexts.HistorySchoolRegistered, e.Name))
            .Describe<SchoolRenamed>(e => SwedishFormat.Format(SchoolsTexts.HistorySchoolRenamed, e.Name))
            .Describe<ProgrammeAdded>(e => SwedishFormat.Format(SchoolsTexts.HistoryProgrammeAdded, e.Programme.Name)));
    }

    public void ConfigureEventStore(StoreOptions options)
    {
        options.Events.AddEventTypes(SchoolEventTypes.All);
        options.Projections.Snapshot<School>(SnapshotLifecycle.Inline);
        options.Schema.For<SchoolNameClaim>();
    }

    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
        var (reads, writes) = api.MapResource("/schools", "Skolor");
        ListSchoolsEndpoint.Map(reads);
        GetSchoolEndpoint.Map(reads);
        reads.MapHistory("schoolId", typeof(School), SchoolStreams.Errors.NotFound, "GetSchoolHistory", "Skolans historik");

        RegisterSchoolEndpoint.Map(writes);
        RenameSchoolEndpoint.Map(writes);
        AddProgrammeEndpoint.Map(writes);
    }
}
