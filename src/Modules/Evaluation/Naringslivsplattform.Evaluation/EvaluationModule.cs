using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
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

    // TODO(issue 14): the module's features, once split; until then it wires itself below.
    public IReadOnlyList<IModuleFeature> Features => [];

    public IReadOnlyList<NavigationEntry> Navigation =>
    [
        new(EvaluationTexts.Nav, "utvardering", Icons.Material.Filled.Assessment, PlatformPolicies.Read, MatchPrefix: false),
        new(EvaluationTexts.NavAudit, "granskning", Icons.Material.Filled.ManageSearch, PlatformPolicies.Audit),
        new(EvaluationTexts.NavRebuild, "utvardering/ombyggnad", Icons.Material.Filled.Autorenew, PlatformPolicies.Administer),
    ];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        EvaluationsSlice.AddServices(services);
        AuditSlice.AddServices(services);
        ReportsSlice.AddServices(services);
        RebuildSlice.AddServices(services);
    }

    public void ConfigureEventStore(StoreOptions options) => EvaluationsSlice.Register(options);

    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
        EvaluationsSlice.Map(api);
        AuditSlice.Map(api);
        ReportsSlice.Map(api);
        RebuildSlice.Map(api);
    }
}
