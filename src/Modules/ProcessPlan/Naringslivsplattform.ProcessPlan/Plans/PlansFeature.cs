using JasperFx.Events.Projections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.History;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.BuildingBlocks.Texts;

namespace Naringslivsplattform.ProcessPlan.Plans;

/// <summary>The plan's own stream: its events, its inline snapshot under the table it always had, and its history.</summary>
internal sealed class PlansFeature : IModuleFeature
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.InitializeMartenWith<PlanStreamTypeUpgrade>();
        services.DescribeEvents(events => events
            .Describe<ProcessPlanRegistered>(e => SwedishFormat.Format(ProcessPlanTexts.HistoryPlanRegistered, e.Header.Title))
            .Describe<ProcessPlanHeaderRevised>(e => SwedishFormat.Format(ProcessPlanTexts.HistoryPlanHeaderRevised, e.Header.Title))
            .Describe<MeasureAdded>(e => SwedishFormat.Format(ProcessPlanTexts.HistoryMeasureAdded, e.Measure.Number, e.Measure.Text))
            .Describe<MeasureReworded>(e => SwedishFormat.Format(ProcessPlanTexts.HistoryMeasureReworded, e.Measure.Number, e.Measure.Text))
            .Describe<MeasureWithdrawn>(e => SwedishFormat.Format(ProcessPlanTexts.HistoryMeasureWithdrawn, e.Number))
            .Describe<PlanCategoryAdded>(e => SwedishFormat.Format(ProcessPlanTexts.HistoryCategoryAdded, e.Category.Number, e.Category.Title))
            .Describe<PlanCategoryRevised>(e => SwedishFormat.Format(ProcessPlanTexts.HistoryCategoryRevised, e.Category.Number, e.Category.Title))
            .Describe<PlanCategoryWithdrawn>(e => SwedishFormat.Format(ProcessPlanTexts.HistoryCategoryWithdrawn, e.Number))
            .Describe<PlanActivityAdded>(e => SwedishFormat.Format(ProcessPlanTexts.HistoryActivityAdded, e.Activity.Code, e.Activity.Title))
            .Describe<PlanActivityRevised>(e => SwedishFormat.Format(ProcessPlanTexts.HistoryActivityRevised, e.Activity.Code, e.Activity.Title))
            .Describe<PlanActivityWithdrawn>(e => SwedishFormat.Format(ProcessPlanTexts.HistoryActivityWithdrawn, e.Code))
            .Describe<TargetSet>(e => SwedishFormat.Format(ProcessPlanTexts.HistoryTargetSet, e.Target.ActivityCode, e.Target.Description))
            .Describe<TargetWithdrawn>(e => SwedishFormat.Format(ProcessPlanTexts.HistoryTargetWithdrawn, e.TargetKey))
            .Describe<PlanClustersNamed>(e => SwedishFormat.Format(ProcessPlanTexts.HistoryClustersNamed, string.Join(", ", e.Clusters.Select(c => c.Name))))
            .Describe<PlanSeedImported>(e => SwedishFormat.Format(ProcessPlanTexts.HistorySeedImported, e.Seed.Header.SourceDocument)));
    }

    public void ConfigureEventStore(StoreOptions options)
    {
        options.Events.AddEventTypes(PlanEventTypes.All);
        options.Projections.Snapshot<Plan>(SnapshotLifecycle.Inline);
        options.Schema.For<Plan>().DocumentAlias(PlanStreams.DocumentAlias);
    }

    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api) =>
        api.MapGroup("/plans").WithTags("Processplaner").RequireAuthorization(PlatformPolicies.Read)
            .MapHistory("planId", typeof(Plan), PlanStreams.Errors.NotFound, "GetPlanHistory", "Planens historik");
}
