using MudBlazor;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.ProcessPlan.Actions;
using Naringslivsplattform.ProcessPlan.Browsing;
using Naringslivsplattform.ProcessPlan.Contributions;
using Naringslivsplattform.ProcessPlan.Demo;
using Naringslivsplattform.ProcessPlan.Importing;
using Naringslivsplattform.ProcessPlan.LeadershipDecisions;
using Naringslivsplattform.ProcessPlan.Measures;
using Naringslivsplattform.ProcessPlan.Plans;
using Naringslivsplattform.ProcessPlan.Progress;
using Naringslivsplattform.ProcessPlan.Targets;
using Naringslivsplattform.ProcessPlan.Timeline;
using Naringslivsplattform.ProcessPlan.TimeTravel;

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

    public IReadOnlyList<IModuleFeature> Features { get; } =
    [
        new PlansFeature(),
        new ImportingFeature(),
        new BrowsingFeature(),
        new ActionsFeature(),
        new TargetsFeature(),
        new LeadershipDecisionsFeature(),
        new ProgressFeature(),
        new MeasuresFeature(),
        new TimelineFeature(),
        new ContributionsFeature(),
        new TimeTravelFeature(),
        new DemoFeature(),
    ];
}
