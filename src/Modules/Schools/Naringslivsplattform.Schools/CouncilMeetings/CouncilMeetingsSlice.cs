using JasperFx.Events.Projections;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.History;
using Naringslivsplattform.BuildingBlocks.Security;

namespace Naringslivsplattform.Schools.CouncilMeetings;

/// <summary>What the module wires up for industry-council meetings, so the module class needs one line per hook.</summary>
internal static class CouncilMeetingsSlice
{
    public static void Register(StoreOptions options)
    {
        options.Events.AddEventTypes(CouncilMeetingEventTypes.All);
        options.Projections.Snapshot<CouncilMeeting>(SnapshotLifecycle.Inline);
        options.Schema.For<CouncilMeeting>().Index(m => m.CouncilId);
    }

    /// <param name="councilWrites">The council resource, under which meetings are planned.</param>
    public static void Map(IEndpointRouteBuilder api, IEndpointRouteBuilder councilWrites)
    {
        PlanCouncilMeetingEndpoint.Map(councilWrites);
        var meetings = api.MapGroup("/industry-council-meetings").WithTags("Branschråd");
        var reads = meetings.MapGroup("").RequireAuthorization(PlatformPolicies.Read);
        ListCouncilMeetingsEndpoint.Map(reads);
        GetCouncilMeetingEndpoint.Map(reads);
        reads.MapHistory("councilMeetingId", typeof(CouncilMeeting), GetCouncilMeetingEndpoint.NotFound, "GetIndustryCouncilMeetingHistory", "Branschrådsmötets historik");
        ChangeCouncilMeetingEndpoints.Map(meetings.MapGroup("").RequireAuthorization(PlatformPolicies.Write));
    }
}
