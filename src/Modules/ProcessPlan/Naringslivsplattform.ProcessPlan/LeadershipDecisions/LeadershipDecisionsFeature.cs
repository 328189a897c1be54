using JasperFx.Events.Projections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.History;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.BuildingBlocks.Texts;

namespace Naringslivsplattform.ProcessPlan.LeadershipDecisions;

/// <summary>Decisions (beslut) the leadership activities need, each its own stream: needed, requested, approved or rejected, or withdrawn.</summary>
internal sealed class LeadershipDecisionsFeature : IModuleFeature
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.DescribeEvents(events => events
            .Describe<DecisionNeedRecorded>(e => SwedishFormat.Format(ProcessPlanTexts.HistoryDecisionNeedRecorded, e.Subject, e.NeededBy))
            .Describe<DecisionRequested>(e => SwedishFormat.Format(ProcessPlanTexts.HistoryDecisionRequested, DecisionBodies.Name(e.Body), e.RequestedOn))
            .Describe<DecisionMade>(e => SwedishFormat.Format(
                e.Verdict == DecisionVerdict.Approved ? ProcessPlanTexts.HistoryDecisionApproved : ProcessPlanTexts.HistoryDecisionRejected,
                DecisionBodies.Name(e.Body), e.DecidedOn, e.Diarienummer ?? "–"))
            .Describe<DecisionNeedWithdrawn>(e => SwedishFormat.Format(ProcessPlanTexts.HistoryDecisionWithdrawn, e.Reason)));

    public void ConfigureEventStore(StoreOptions options)
    {
        options.Events.AddEventTypes(LeadershipDecisionEventTypes.All);
        options.Projections.Snapshot<LeadershipDecision>(SnapshotLifecycle.Inline);
    }

    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
        var plans = api.MapResource("/plans", "Processplaner");
        ListDecisionsEndpoint.Map(plans.Reads);
        RecordDecisionNeedEndpoint.Map(plans.Writes);

        var (reads, writes) = api.MapResource("/decisions", "Ledningsbeslut");
        GetDecisionEndpoint.Map(reads);
        reads.MapHistory("decisionId", typeof(LeadershipDecision), DecisionStreams.Errors.NotFound, "GetDecisionHistory", "Beslutsärendets historik");

        RequestDecisionEndpoint.Map(writes);
        MakeDecisionEndpoint.Map(writes);
        WithdrawDecisionNeedEndpoint.Map(writes);
    }
}
