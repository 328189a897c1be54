using JasperFx.Events.Projections;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.History;
using Naringslivsplattform.BuildingBlocks.Security;

namespace Naringslivsplattform.YoungEnterprise.UfEvents;

/// <summary>What the module wires up for UF events, so the module class needs one line per hook.</summary>
internal static class UfEventsSlice
{
    public static void Register(StoreOptions options)
    {
        options.Events.AddEventTypes(UfEventEventTypes.All);
        options.Projections.Snapshot<UfEvent>(SnapshotLifecycle.Inline);
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        var ufEvents = api.MapGroup("/uf-events").WithTags("UF-händelser");
        var reads = ufEvents.MapGroup("").RequireAuthorization(PlatformPolicies.Read);
        var writes = ufEvents.MapGroup("").RequireAuthorization(PlatformPolicies.Write);
        ListUfEventsEndpoint.Map(reads);
        GetUfEventEndpoint.Map(reads);
        reads.MapHistory("ufEventId", typeof(UfEvent), GetUfEventEndpoint.NotFound, "GetUfEventHistory", "UF-händelsens historik");
        PlanUfEventEndpoint.Map(writes);
        ChangeUfEventEndpoints.Map(writes);
    }
}
