using Naringslivsplattform.Access;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.Clusters;
using Naringslivsplattform.Companies;
using Naringslivsplattform.Evaluation;
using Naringslivsplattform.ProcessPlan;
using Naringslivsplattform.Schools;
using Naringslivsplattform.YoungEnterprise;

namespace Naringslivsplattform.Host.Composition;

/// <summary>The modules this installation runs. Adding a module means adding it here (and to AddMediator's assemblies).</summary>
internal static class HostModules
{
    public static readonly IReadOnlyList<IModule> All =
    [
        new AccessModule(),
        new ProcessPlanModule(),
        new CompaniesModule(),
        new ClustersModule(),
        new SchoolsModule(),
        new YoungEnterpriseModule(),
        new EvaluationModule(),
    ];
}
