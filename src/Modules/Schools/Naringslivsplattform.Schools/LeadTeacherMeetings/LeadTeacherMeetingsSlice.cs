using JasperFx.Events.Projections;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.History;
using Naringslivsplattform.BuildingBlocks.Security;

namespace Naringslivsplattform.Schools.LeadTeacherMeetings;

/// <summary>What the module wires up for meetings with lead teachers, so the module class needs one line per hook.</summary>
internal static class LeadTeacherMeetingsSlice
{
    public static void Register(StoreOptions options)
    {
        options.Events.AddEventTypes(LeadTeacherMeetingEventTypes.All);
        options.Projections.Snapshot<LeadTeacherMeeting>(SnapshotLifecycle.Inline);
        options.Schema.For<LeadTeacherMeeting>().Index(m => m.SchoolId);
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        var meetings = api.MapGroup("/lead-teacher-meetings").WithTags("Förstelärare");
        var reads = meetings.MapGroup("").RequireAuthorization(PlatformPolicies.Read);
        var writes = meetings.MapGroup("").RequireAuthorization(PlatformPolicies.Write);
        ListLeadTeacherMeetingsEndpoint.Map(reads);
        GetLeadTeacherMeetingEndpoint.Map(reads);
        reads.MapHistory("leadTeacherMeetingId", typeof(LeadTeacherMeeting), GetLeadTeacherMeetingEndpoint.NotFound, "GetLeadTeacherMeetingHistory", "Mötets historik");
        PlanLeadTeacherMeetingEndpoint.Map(writes);
        ChangeLeadTeacherMeetingEndpoints.Map(writes);
    }
}
