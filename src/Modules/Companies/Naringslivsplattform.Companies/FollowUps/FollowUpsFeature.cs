using JasperFx.Events.Projections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.History;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.BuildingBlocks.Texts;

namespace Naringslivsplattform.Companies.FollowUps;

/// <summary>Follow-ups of what companies raised: opened, updated, reassigned, resolved, fed back, closed and reopened; each its own stream.</summary>
internal sealed class FollowUpsFeature : IModuleFeature
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.DescribeEvents(events => events
            .Describe<FollowUpOpened>(e => SwedishFormat.Format(CompaniesTexts.HistoryFollowUpOpened, e.Owner, e.DueOn))
            .Describe<FollowUpUpdated>(e => SwedishFormat.Format(CompaniesTexts.HistoryFollowUpUpdated, e.DueOn))
            .Describe<FollowUpReassigned>(e => SwedishFormat.Format(CompaniesTexts.HistoryFollowUpReassigned, e.Owner))
            .Describe<FollowUpResolved>(e => SwedishFormat.Format(CompaniesTexts.HistoryFollowUpResolved, e.ResolvedOn))
            .Describe<FeedbackGiven>(e => SwedishFormat.Format(CompaniesTexts.HistoryFeedbackGiven, e.GivenOn))
            .Describe<FollowUpClosed>(e => SwedishFormat.Format(CompaniesTexts.HistoryFollowUpClosed, e.ClosedOn, e.FeedbackOn))
            .Describe<FollowUpReopened>(e => SwedishFormat.Format(CompaniesTexts.HistoryFollowUpReopened, e.ReopenedOn)));

    public void ConfigureEventStore(StoreOptions options)
    {
        options.Events.AddEventTypes(FollowUpEventTypes.All);
        options.Projections.Snapshot<FollowUp>(SnapshotLifecycle.Inline);
    }

    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
        var (reads, writes) = api.MapResource("/follow-ups", "Uppföljningar");
        ListFollowUpsEndpoints.Map(reads, api.MapGroup("").RequireAuthorization(PlatformPolicies.Read));
        GetFollowUpEndpoint.Map(reads);
        reads.MapHistory("followUpId", typeof(FollowUp), FollowUpStreams.Errors.NotFound, "GetFollowUpHistory", "Uppföljningens historik");

        OpenFollowUpEndpoint.Map(writes);
        UpdateFollowUpEndpoint.Map(writes);
        ReassignFollowUpEndpoint.Map(writes);
        ResolveFollowUpEndpoint.Map(writes);
        GiveFeedbackEndpoint.Map(writes);
        CloseFollowUpEndpoint.Map(writes);
        ReopenFollowUpEndpoint.Map(writes);
    }
}
