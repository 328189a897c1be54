using JasperFx.Events.Projections;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.Companies.History;

namespace Naringslivsplattform.Companies.Visits;

/// <summary>What the module wires up for company visits, so the module class needs one line per hook.</summary>
internal static class VisitsSlice
{
    public static void Register(StoreOptions options)
    {
        options.Events.AddEventTypes(CompanyVisitEventTypes.All);
        options.Projections.Snapshot<CompanyVisit>(SnapshotLifecycle.Inline);
        options.Schema.For<CompanyVisit>().Index(v => v.CompanyId);
    }

    /// <param name="companyReads">The company resource, for the company's nearby visits.</param>
    public static void Map(IEndpointRouteBuilder api, IEndpointRouteBuilder companyReads)
    {
        NearbyVisitsEndpoint.Map(companyReads);
        var visits = api.MapGroup("/visits").WithTags("Företagsbesök");
        var reads = visits.MapGroup("").RequireAuthorization(PlatformPolicies.Read);
        var writes = visits.MapGroup("").RequireAuthorization(PlatformPolicies.Write);
        ListVisitsEndpoint.Map(reads);
        GetVisitEndpoint.Map(reads);
        CompanyHistoryEndpoints.MapVisitHistory(reads);
        PlanVisitEndpoint.Map(writes);
        ChangeVisitEndpoints.Map(writes);
    }
}
