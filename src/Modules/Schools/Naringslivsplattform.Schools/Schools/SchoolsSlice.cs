using JasperFx.Events.Projections;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.History;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.Schools.Contracts;

namespace Naringslivsplattform.Schools.Schools;

/// <summary>What the module wires up for the school register, so the module class needs one line per hook.</summary>
internal static class SchoolsSlice
{
    public static void AddServices(IServiceCollection services) => services.AddScoped<ISchoolDirectory, SchoolDirectory>();

    public static void Register(StoreOptions options)
    {
        options.Events.AddEventTypes(SchoolEventTypes.All);
        options.Projections.Snapshot<School>(SnapshotLifecycle.Inline);
        options.Schema.For<SchoolNameClaim>();
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        var schools = api.MapGroup("/schools").WithTags("Skolor");
        var reads = schools.MapGroup("").RequireAuthorization(PlatformPolicies.Read);
        var writes = schools.MapGroup("").RequireAuthorization(PlatformPolicies.Write);
        ListSchoolsEndpoint.Map(reads);
        GetSchoolEndpoint.Map(reads);
        reads.MapHistory("schoolId", typeof(School), GetSchoolEndpoint.NotFound, "GetSchoolHistory", "Skolans historik");
        RegisterSchoolEndpoint.Map(writes);
        ChangeSchoolEndpoints.Map(writes);
    }
}
