using JasperFx.Events.Projections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.History;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.BuildingBlocks.Texts;

namespace Naringslivsplattform.Schools.LeadTeacherMeetings;

/// <summary>Meetings with a school's lead teachers (förstelärare): planned, held or cancelled; each its own stream.</summary>
internal sealed class LeadTeacherMeetingsFeature : IModuleFeature
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.DescribeEvents(events => events
            .Describe<LeadTeacherMeetingPlanned>(e => SwedishFormat.Format(SchoolsTexts.HistoryMeetingPlanned, e.PlannedOn))
            .Describe<LeadTeacherMeetingHeld>(e => SwedishFormat.Format(SchoolsTexts.HistoryMeetingHeld, e.HeldOn))
            .Describe<LeadTeacherMeetingCancelled>(e => SwedishFormat.Format(SchoolsTexts.HistoryMeetingCancelled, e.Reason)));

    public void ConfigureEventStore(StoreOptions options)
    {
        options.Events.AddEventTypes(LeadTeacherMeetingEventTypes.All);
        options.Projections.Snapshot<LeadTeacherMeeting>(SnapshotLifecycle.Inline);
        options.Schema.For<LeadTeacherMeeting>().Index(m => m.SchoolId);
    }

    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
        var (reads, writes) = api.MapResource("/lead-teacher-meetings", "Förstelärare");
        ListLeadTeacherMeetingsEndpoint.Map(reads);
        GetLeadTeacherMeetingEndpoint.Map(reads);
        reads.MapHistory("leadTeacherMeetingId", typeof(LeadTeacherMeeting), LeadTeacherMeetingStreams.Errors.NotFound, "GetLeadTeacherMeetingHistory", "Mötets historik");

        PlanLeadTeacherMeetingEndpoint.Map(writes);
        HoldLeadTeacherMeetingEndpoint.Map(writes);
        CancelLeadTeacherMeetingEndpoint.Map(writes);
    }
}
