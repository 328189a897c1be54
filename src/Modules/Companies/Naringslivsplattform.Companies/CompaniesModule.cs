using JasperFx.Events.Projections;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.Companies.Companies;
using Naringslivsplattform.Companies.Importing;
using Naringslivsplattform.Companies.Questionnaires;
using Naringslivsplattform.Companies.Resources;
using Naringslivsplattform.Companies.Visits;

namespace Naringslivsplattform.Companies;

/// <summary>The company register; company visits, questionnaires and follow-ups are to join it.</summary>
public sealed class CompaniesModule : IModule
{
    public string Name => "Companies";

    public IReadOnlyList<NavigationEntry> Navigation =>
    [
        new(CompaniesTexts.NavCompanies, "foretag", Icons.Material.Filled.Business, PlatformPolicies.Read),
        new(CompaniesTexts.VisitUiNav, "besok", Icons.Material.Filled.Handshake, PlatformPolicies.Read),
    ];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void ConfigureEventStore(StoreOptions options)
    {
        options.Events.AddEventTypes(CompanyEventTypes.All);
        options.Projections.Snapshot<Company>(SnapshotLifecycle.Inline);
        options.Schema.For<OrganisationNumberClaim>();
        QuestionnaireStreams.Register(options);
        options.Events.AddEventTypes(CompanyVisitEventTypes.All);
        options.Projections.Snapshot<CompanyVisit>(SnapshotLifecycle.Inline);
        options.Schema.For<CompanyVisit>().Index(v => v.CompanyId);
    }

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
        NearbyVisitsEndpoint.Map(reads);

        var visits = api.MapGroup("/visits").WithTags("Företagsbesök");
        var visitReads = visits.MapGroup("").RequireAuthorization(PlatformPolicies.Read);
        var visitWrites = visits.MapGroup("").RequireAuthorization(PlatformPolicies.Write);
        ListVisitsEndpoint.Map(visitReads);
        GetVisitEndpoint.Map(visitReads);
        PlanVisitEndpoint.Map(visitWrites);
        ChangeVisitEndpoints.Map(visitWrites);
    }
}
