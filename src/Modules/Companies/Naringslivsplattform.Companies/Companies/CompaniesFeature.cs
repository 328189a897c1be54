using JasperFx.Events.Projections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.History;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.BuildingBlocks.Texts;
using Naringslivsplattform.Companies.Contracts;

namespace Naringslivsplattform.Companies.Companies;

/// <summary>The company register: companies registered, their details and contact persons changed, each company its own stream.</summary>
internal sealed class CompaniesFeature : IModuleFeature
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ICompanyDirectory, CompanyDirectory>();
        services.DescribeEvents(events => events
            .Describe<CompanyRegistered>(e => SwedishFormat.Format(CompaniesTexts.HistoryCompanyRegistered, e.Name, e.Locality))
            .Describe<CompanyDetailsChanged>(e => SwedishFormat.Format(CompaniesTexts.HistoryCompanyDetailsChanged, e.Name, e.Locality))
            .Describe<ContactPersonAdded>(_ => CompaniesTexts.HistoryContactAdded)
            .Describe<ContactPersonChanged>(_ => CompaniesTexts.HistoryContactChanged)
            .Describe<ContactPersonRemoved>(_ => CompaniesTexts.HistoryContactRemoved));
    }

    public void ConfigureEventStore(StoreOptions options)
    {
        options.Events.AddEventTypes(CompanyEventTypes.All);
        options.Projections.Snapshot<Company>(SnapshotLifecycle.Inline);
        options.Schema.For<OrganisationNumberClaim>();
        options.Schema.For<ClaimSealKey>();
    }

    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
        var (reads, writes) = api.MapResource("/companies", "Företag");
        ListCompaniesEndpoint.Map(reads);
        GetCompanyEndpoint.Map(reads);
        reads.MapHistory("companyId", typeof(Company), CompanyStreams.Errors.NotFound, "GetCompanyHistory", "Företagets historik");

        RegisterCompanyEndpoint.Map(writes);
        ChangeCompanyDetailsEndpoint.Map(writes);
        AddContactPersonEndpoint.Map(writes);
        ChangeContactPersonEndpoint.Map(writes);
        RemoveContactPersonEndpoint.Map(writes);
    }
}
