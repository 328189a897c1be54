using JasperFx.Events.Projections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Naringslivsplattform.BuildingBlocks.History;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.PlanContributions;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.ProcessPlan.Actions;
using Naringslivsplattform.ProcessPlan.Browsing;
using Naringslivsplattform.ProcessPlan.Contracts;
using Naringslivsplattform.ProcessPlan.Contributions;
using Naringslivsplattform.ProcessPlan.Decisions;
using Naringslivsplattform.ProcessPlan.History;
using Naringslivsplattform.ProcessPlan.Importing;
using Naringslivsplattform.ProcessPlan.Measures;
using Naringslivsplattform.ProcessPlan.Plans;
using Naringslivsplattform.ProcessPlan.Progress;
using Naringslivsplattform.ProcessPlan.Targets;
using Naringslivsplattform.ProcessPlan.Timeline;

namespace Naringslivsplattform.ProcessPlan;

/// <summary>The event-sourced core: the process plan, its measures, categories, activities and targets.</summary>
public sealed class ProcessPlanModule : IModule
{
    public string Name => "ProcessPlan";

    public IReadOnlyList<NavigationEntry> Navigation =>
    [
        new(ProcessPlanTexts.NavPlan, "processplan", Icons.Material.Filled.AccountTree, PlatformPolicies.Read, MatchPrefix: false),
        new(ProcessPlanTexts.NavMeasures, "processplan/insatser", Icons.Material.Filled.Timeline, PlatformPolicies.Read),
        new(ProcessPlanTexts.NavTargets, "processplan/mal", Icons.Material.Filled.Flag, PlatformPolicies.Read),
        new(ProcessPlanTexts.TimelineNav, "processplan/atgarder", Icons.Material.Filled.ViewTimeline, PlatformPolicies.Read),
        new(ProcessPlanTexts.TimelineNavCalendar, "processplan/kalender", Icons.Material.Filled.CalendarMonth, PlatformPolicies.Read),
        new(ProcessPlanTexts.DecisionNav, "processplan/beslut", Icons.Material.Filled.Gavel, PlatformPolicies.Read),
    ];

    public IReadOnlyList<IModuleFeature> Features { get; } = [new ActionsFeature(), new NotYetSplitFeature()];

    // TODO(issue 14): the rest of the module, until it is split into features like ActionsFeature.
    private sealed class NotYetSplitFeature : IModuleFeature
    {
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SeedOptions>()
            .Bind(configuration.GetSection(SeedOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.InitializeMartenWith<PlanStreamTypeUpgrade>();
        services.AddSingleton<SeedImporter>();
        services.AddHostedService<SeedImportOnStartup>();
        services.AddScoped<IPlanActivityDirectory, PlanActivityDirectory>();
        services.AddScoped<IPlanRecords, Records.PlanRecords>();
        services.AddSingleton<IEventDescriptions, EventDescriptions>();
    }

    public void ConfigureEventStore(StoreOptions options)
    {
        options.Events.AddEventTypes(PlanEventTypes.All);
        options.Projections.Snapshot<Plan>(SnapshotLifecycle.Inline);
        options.Schema.For<Plan>().DocumentAlias(PlanStreams.DocumentAlias);
        TimelineProjection.Register(options);
        options.Events.AddEventTypes(LeadershipDecisionEventTypes.All);
        options.Projections.Snapshot<LeadershipDecision>(SnapshotLifecycle.Inline);
    }

    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
        var plans = api.MapGroup("/plans").WithTags("Processplaner").RequireAuthorization(PlatformPolicies.Read);
        ListPlansEndpoint.Map(plans);
        GetPlanEndpoint.Map(plans);
        GetPlanActivityEndpoint.Map(plans);
        GetPlanProgressEndpoint.Map(plans);
        GetGeographicSpreadEndpoint.Map(plans);
        GetTimelineEndpoint.Map(plans);
        GetCalendarEndpoint.Map(plans);
        PlanTargetEndpoints.MapReads(plans);
        GetMeasureTracesEndpoint.Map(plans);
        PlanTargetEndpoints.MapWrites(plans.MapGroup("").RequireAuthorization(PlatformPolicies.Write));

        ProcessPlanHistoryEndpoints.MapPlanHistory(plans);

        ListDecisionsEndpoint.Map(plans);
        RecordDecisionNeedEndpoint.Map(plans.MapGroup("").RequireAuthorization(PlatformPolicies.Write));
        var decisions = api.MapGroup("/decisions").WithTags("Ledningsbeslut");
        GetDecisionEndpoint.Map(decisions.MapGroup("").RequireAuthorization(PlatformPolicies.Read));
        ProcessPlanHistoryEndpoints.MapDecisionHistory(decisions.MapGroup("").RequireAuthorization(PlatformPolicies.Read));
        ChangeDecisionEndpoints.Map(decisions.MapGroup("").RequireAuthorization(PlatformPolicies.Write));
    }
    }
}
