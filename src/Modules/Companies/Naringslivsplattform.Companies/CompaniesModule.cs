using JasperFx.Events.Projections;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.History;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.Companies.Companies;
using Naringslivsplattform.Companies.Contracts;
using Naringslivsplattform.Companies.Coverage;
using Naringslivsplattform.Companies.History;
using Naringslivsplattform.Companies.Erasure;
using Naringslivsplattform.Companies.FollowUps;
using Naringslivsplattform.Companies.Importing;
using Naringslivsplattform.Companies.Questionnaires;
using Naringslivsplattform.Companies.Records;
using Naringslivsplattform.Companies.Resources;
using Naringslivsplattform.Companies.Ties;
using Naringslivsplattform.Companies.Visits;
using Wolverine;

namespace Naringslivsplattform.Companies;

/// <summary>The company register; company visits, questionnaires and follow-ups are to join it.</summary>
public sealed class CompaniesModule : IModule
{
    public string Name => "Companies";

    // TODO(issue 14): the module's features, once split; until then it wires itself below.
    public IReadOnlyList<IModuleFeature> Features => [];

    public IReadOnlyList<NavigationEntry> Navigation =>
    [
        new(CompaniesTexts.NavCompanies, "foretag", Icons.Material.Filled.Business, PlatformPolicies.Read),
        new(CompaniesTexts.VisitUiNav, "besok", Icons.Material.Filled.Handshake, PlatformPolicies.Read),
        new(CompaniesTexts.NavQuestionnaires, "enkater", Icons.Material.Filled.Quiz, PlatformPolicies.Read),
        new(CompaniesTexts.FollowUpNav, "uppfoljningar", Icons.Material.Filled.AssignmentTurnedIn, PlatformPolicies.Read),
        new(CompaniesTexts.CoverageNav, "foretag/tackning", Icons.Material.Filled.Insights, PlatformPolicies.Read),
    ];

    public IReadOnlyList<Type> DashboardPanels => [typeof(Ui.FollowUpDashboardPanel)];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IEventDescriptions, CompanyEventDescriptions>();
        QuestionnairesSlice.AddServices(services);
        services.AddScoped<ICompanyDirectory, CompanyDirectory>();
        services.AddScoped<ICompanyWorkRecords, CompanyWorkRecords>();
        services.AddSingleton<IRebuildableReadModel, CompanyTiesRebuild>();
    }

    public void ConfigureEventStore(StoreOptions options)
    {
        options.Events.AddEventTypes(CompanyEventTypes.All);
        options.Projections.Snapshot<Company>(SnapshotLifecycle.Inline);
        options.Schema.For<OrganisationNumberClaim>();
        options.Schema.For<CompanyTies>();
        VisitsSlice.Register(options);
        QuestionnairesSlice.Register(options);
        PersonalDataMasking.Register(options);
        FollowUpsSlice.Register(options);
    }

    public void ConfigureMessaging(WolverineOptions options) => CompanyTiesHandler.Route(options);

    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
        var companies = api.MapGroup("/companies").WithTags("Företag");
        var reads = companies.MapGroup("").RequireAuthorization(PlatformPolicies.Read);
        var writes = companies.MapGroup("").RequireAuthorization(PlatformPolicies.Write);
        ListCompaniesEndpoint.Map(reads);
        ExportCompaniesEndpoints.Map(reads);
        GetCompanyEndpoint.Map(reads);
        RegisterCompanyEndpoint.Map(writes);
        ImportCompaniesEndpoint.Map(writes);
        ChangeCompanyEndpoints.Map(writes);
        CompanyHistoryEndpoints.MapCompanyHistory(reads);
        GetCompanyTiesEndpoint.Map(reads);
        VisitsSlice.Map(api, reads);
        QuestionnairesSlice.Map(api);
        ErasePersonalDataEndpoints.Map(companies.MapGroup("").RequireAuthorization(PlatformPolicies.Administer));
        FollowUpsSlice.Map(api);
        GetVisitCoverageEndpoint.Map(api);
    }
}
