using JasperFx.Events.Projections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.History;
using Naringslivsplattform.BuildingBlocks.Messaging;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.BuildingBlocks.Texts;
using Naringslivsplattform.Companies.Contracts;
using Naringslivsplattform.Schools.Schools;

namespace Naringslivsplattform.Schools.IndustryCouncils;

/// <summary>Industry councils (branschråd), one per upper-secondary programme, with their member companies; each council its own stream.</summary>
internal sealed class IndustryCouncilsFeature : IModuleFeature
{
    /// <summary>The council page, which a company's tie links to.</summary>
    public static string PageOf(Guid councilId) => $"skolor/branschrad/{councilId}";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ISchoolNameHolder, CouncilsOfRenamedSchool>();
        services.DescribeEvents(events => events
            .Describe<IndustryCouncilStarted>(e => SwedishFormat.Format(SchoolsTexts.HistoryCouncilStarted, e.Name))
            .Describe<CouncilMemberAdded>(e => SwedishFormat.Format(SchoolsTexts.HistoryCouncilMemberAdded, e.Member.CompanyName))
            .Describe<CouncilMemberRemoved>(_ => SchoolsTexts.HistoryCouncilMemberRemoved)
            .Describe<CouncilSchoolRenamed>(e => SwedishFormat.Format(SchoolsTexts.HistoryCouncilRenamed, e.Name)));

        // A company with a seat is tied to the council, and untied when it leaves; a renamed school re-ties every member under the new name.
        services.RelayEvents(CompanyTieRelays.NameFor("schools"), relay => relay
            .Publish<CouncilMemberAdded>(e => [Tied(e.CouncilId, e.Member.CompanyId, e.CouncilName)])
            .Publish<CouncilMemberRemoved>(e => [new CompanyUntied(e.CompanyId, e.CouncilId)])
            .Publish<CouncilSchoolRenamed>(e => e.MemberIds.Select(companyId => Tied(e.CouncilId, companyId, e.Name))));
    }

    public void ConfigureEventStore(StoreOptions options)
    {
        options.Events.AddEventTypes(IndustryCouncilEventTypes.All);
        options.Projections.Snapshot<IndustryCouncil>(SnapshotLifecycle.Inline);
        options.Schema.For<IndustryCouncil>().Index(c => c.SchoolId);
    }

    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
        var (reads, writes) = api.MapResource("/industry-councils", "Branschråd");
        ListIndustryCouncilsEndpoint.Map(reads);
        GetIndustryCouncilEndpoint.Map(reads);
        reads.MapHistory("industryCouncilId", typeof(IndustryCouncil), IndustryCouncilStreams.Errors.NotFound, "GetIndustryCouncilHistory", "Branschrådets historik");

        StartIndustryCouncilEndpoint.Map(writes);
        AddCouncilMemberEndpoint.Map(writes);
        RemoveCouncilMemberEndpoint.Map(writes);
    }

    private static CompanyTied Tied(Guid councilId, Guid companyId, string councilName) =>
        new(companyId, councilId, CompanyTieKinds.IndustryCouncilSeat, councilName, PageOf(councilId));
}
