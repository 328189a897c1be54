using MudBlazor;
using Naringslivsplattform.Companies.Demo;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.Companies.Companies;
using Naringslivsplattform.Companies.Coverage;
using Naringslivsplattform.Companies.Erasure;
using Naringslivsplattform.Companies.FollowUps;
using Naringslivsplattform.Companies.Importing;
using Naringslivsplattform.Companies.Questionnaires;
using Naringslivsplattform.Companies.Records;
using Naringslivsplattform.Companies.Ties;
using Naringslivsplattform.Companies.Visits;

namespace Naringslivsplattform.Companies;

/// <summary>The company register, company visits with their questionnaires, follow-ups, coverage, and what other modules tie companies to.</summary>
public sealed class CompaniesModule : IModule
{
    public string Name => "Companies";

    public IReadOnlyList<IModuleFeature> Features { get; } =
    [
        new CompaniesFeature(), new ErasureFeature(), new ImportingFeature(), new QuestionnairesFeature(), new VisitsFeature(), new FollowUpsFeature(),
        new CoverageFeature(), new RecordsFeature(), new TiesFeature(), new DemoFeature(),
    ];

    public IReadOnlyList<NavigationEntry> Navigation =>
    [
        new(CompaniesTexts.NavCompanies, "foretag", Icons.Material.Filled.Business, PlatformPolicies.Read),
        new(CompaniesTexts.VisitUiNav, "besok", Icons.Material.Filled.Handshake, PlatformPolicies.Read),
        new(CompaniesTexts.NavQuestionnaires, "enkater", Icons.Material.Filled.Quiz, PlatformPolicies.Read),
        new(CompaniesTexts.FollowUpNav, "uppfoljningar", Icons.Material.Filled.AssignmentTurnedIn, PlatformPolicies.Read),
        new(CompaniesTexts.CoverageNav, "foretag/tackning", Icons.Material.Filled.Insights, PlatformPolicies.Read),
    ];

    public IReadOnlyList<Type> DashboardPanels => [typeof(Ui.FollowUpDashboardPanel)];
}
