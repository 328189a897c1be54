using JasperFx.Events.Projections;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.History;
using Naringslivsplattform.BuildingBlocks.Messaging;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.Companies.Contracts;
using Naringslivsplattform.Schools.CouncilMeetings;

namespace Naringslivsplattform.Schools.IndustryCouncils;

/// <summary>What the module wires up for industry councils, so the module class needs one line per hook.</summary>
internal static class IndustryCouncilsSlice
{
    /// <summary>The council page, which a company's tie links to.</summary>
    public static string PageOf(Guid councilId) => $"skolor/branschrad/{councilId}";

    /// <summary>A company with a seat is tied to the council, and untied when it leaves; a renamed school re-ties every member under the new name.</summary>
    public static void RelayCompanyTies(EventRelay relay) => relay
        .Publish<CouncilMemberAdded>(e => [Tied(e.CouncilId, e.Member.CompanyId, e.CouncilName)])
        .Publish<CouncilMemberRemoved>(e => [new CompanyUntied(e.CompanyId, e.CouncilId)])
        .Publish<CouncilSchoolRenamed>(e => e.MemberIds.Select(companyId => Tied(e.CouncilId, companyId, e.Name)));

    public static void Register(StoreOptions options)
    {
        options.Events.AddEventTypes(IndustryCouncilEventTypes.All);
        options.Projections.Snapshot<IndustryCouncil>(SnapshotLifecycle.Inline);
        options.Schema.For<IndustryCouncil>().Index(c => c.SchoolId);
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        var councils = api.MapGroup("/industry-councils").WithTags("Branschråd");
        var reads = councils.MapGroup("").RequireAuthorization(PlatformPolicies.Read);
        var writes = councils.MapGroup("").RequireAuthorization(PlatformPolicies.Write);
        ListIndustryCouncilsEndpoint.Map(reads);
        GetIndustryCouncilEndpoint.Map(reads);
        reads.MapHistory("industryCouncilId", typeof(IndustryCouncil), GetIndustryCouncilEndpoint.NotFound, "GetIndustryCouncilHistory", "Branschrådets historik");
        StartIndustryCouncilEndpoint.Map(writes);
        ChangeIndustryCouncilEndpoints.Map(writes);
        CouncilMeetingsSlice.Map(api, writes);
    }

    private static CompanyTied Tied(Guid councilId, Guid companyId, string councilName) =>
        new(companyId, councilId, CompanyTieKinds.IndustryCouncilSeat, councilName, PageOf(councilId));
}
