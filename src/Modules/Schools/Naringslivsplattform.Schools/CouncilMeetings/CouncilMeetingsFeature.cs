using JasperFx.Events.Projections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.History;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.BuildingBlocks.Texts;

namespace Naringslivsplattform.Schools.CouncilMeetings;

/// <summary>Meetings of the industry councils: planned under a council, rescheduled, held or cancelled; each its own stream.</summary>
internal sealed class CouncilMeetingsFeature : IModuleFeature
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.DescribeEvents(events => events
            .Describe<CouncilMeetingPlanned>(e => SwedishFormat.Format(SchoolsTexts.HistoryMeetingPlanned, e.PlannedOn))
            .Describe<CouncilMeetingRescheduled>(e => SwedishFormat.Format(SchoolsTexts.HistoryMeetingRescheduled, e.PlannedOn))
            .Describe<CouncilMeetingHeld>(e => SwedishFormat.Format(SchoolsTexts.HistoryMeetingHeld, e.HeldOn))
            .Describe<CouncilMeetingCancelled>(e => SwedishFormat.Format(SchoolsTexts.HistoryMeetingCancelled, e.Reason)));

    public void ConfigureEventStore(StoreOptions options)
    {
        options.Events.AddEventTypes(CouncilMeetingEventTypes.All);
        options.Projections.Snapshot<CouncilMeeting>(SnapshotLifecycle.Inline);
        options.Schema.For<CouncilMeeting>().Index(m => m.CouncilId);
    }

    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
        PlanCouncilMeetingEndpoint.Map(api.MapGroup("/industry-councils").WithTags("Branschråd").RequireAuthorization(PlatformPolicies.Write));

        var (reads, writes) = api.MapResource("/industry-council-meetings", "Branschråd");
        ListCouncilMeetingsEndpoint.Map(reads);
        GetCouncilMeetingEndpoint.Map(reads);
        reads.MapHistory("councilMeetingId", typeof(CouncilMeeting), CouncilMeetingStreams.Errors.NotFound, "GetIndustryCouncilMeetingHistory", "Branschrådsmötets historik");

        RescheduleCouncilMeetingEndpoint.Map(writes);
        HoldCouncilMeetingEndpoint.Map(writes);
        CancelCouncilMeetingEndpoint.Map(writes);
    }
}
