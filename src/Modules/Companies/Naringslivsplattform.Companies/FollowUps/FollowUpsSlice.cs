using JasperFx.Events.Projections;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.Security;

using Naringslivsplattform.Companies.History;

namespace Naringslivsplattform.Companies.FollowUps;

/// <summary>What the follow-ups add to the Companies module: their events, their snapshot and their endpoints.</summary>
internal static class FollowUpsSlice
{
    public static void Register(StoreOptions options)
    {
        options.Events.AddEventTypes(FollowUpEventTypes.All);
        options.Projections.Snapshot<FollowUp>(SnapshotLifecycle.Inline);
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        var followUps = api.MapGroup("/follow-ups").WithTags("Uppföljningar");
        var reads = followUps.MapGroup("").RequireAuthorization(PlatformPolicies.Read);
        var writes = followUps.MapGroup("").RequireAuthorization(PlatformPolicies.Write);
        ListFollowUpsEndpoints.Map(reads, api.MapGroup("").RequireAuthorization(PlatformPolicies.Read));
        GetFollowUpEndpoint.Map(reads);
        CompanyHistoryEndpoints.MapFollowUpHistory(reads);
        OpenFollowUpEndpoint.Map(writes);
        ChangeFollowUpEndpoints.Map(writes);
    }
}
