using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Naringslivsplattform.BuildingBlocks.History;
using Naringslivsplattform.BuildingBlocks.Messaging;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.Companies.Contracts;
using Naringslivsplattform.Schools.CouncilMeetings;
using Naringslivsplattform.Schools.History;
using Naringslivsplattform.Schools.IndustryCouncils;
using Naringslivsplattform.Schools.LeadTeacherMeetings;
using Naringslivsplattform.Schools.Resources;
using Naringslivsplattform.Schools.Schools;

namespace Naringslivsplattform.Schools;

/// <summary>School collaboration (activity 2.1): schools, upper-secondary programmes and their industry councils, and meetings with lead teachers.</summary>
public sealed class SchoolsModule : IModule
{
    public string Name => "Schools";

    // TODO(issue 14): the module's features, once split; until then it wires itself below.
    public IReadOnlyList<IModuleFeature> Features => [];

    public IReadOnlyList<NavigationEntry> Navigation =>
        [new(SchoolsTexts.Nav, "skolor", Icons.Material.Filled.School, PlatformPolicies.Read)];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IEventDescriptions, SchoolEventDescriptions>();
        SchoolsSlice.AddServices(services);
        services.RelayEvents(CompanyTieRelays.NameFor("schools"), IndustryCouncilsSlice.RelayCompanyTies);
    }

    public void ConfigureEventStore(StoreOptions options)
    {
        SchoolsSlice.Register(options);
        IndustryCouncilsSlice.Register(options);
        CouncilMeetingsSlice.Register(options);
        LeadTeacherMeetingsSlice.Register(options);
    }

    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
        SchoolsSlice.Map(api);
        IndustryCouncilsSlice.Map(api);
        LeadTeacherMeetingsSlice.Map(api);
    }
}
