using MudBlazor;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.Evaluation.Audit;
using Naringslivsplattform.Evaluation.Evaluations;
using Naringslivsplattform.Evaluation.Rebuild;
using Naringslivsplattform.Evaluation.Reports;

namespace Naringslivsplattform.Evaluation;

/// <summary>
/// The annual evaluation and the audit trail: read models made by replaying the one event store, the evaluation
/// as of any past day, its report, rebuilding every read model, and the log of who did what and when.
/// </summary>
public sealed class EvaluationModule : IModule
{
    public string Name => "Evaluation";

    public IReadOnlyList<IModuleFeature> Features { get; } = [new EvaluationsFeature(), new AuditFeature(), new ReportsFeature(), new RebuildFeature()];

    public IReadOnlyList<NavigationEntry> Navigation =>
    [
        new(EvaluationTexts.Nav, "utvardering", Icons.Material.Filled.Assessment, PlatformPolicies.Read, MatchPrefix: false),
        new(EvaluationTexts.NavAudit, "granskning", Icons.Material.Filled.ManageSearch, PlatformPolicies.Audit),
        new(EvaluationTexts.NavRebuild, "utvardering/ombyggnad", Icons.Material.Filled.Autorenew, PlatformPolicies.Administer),
    ];
}
