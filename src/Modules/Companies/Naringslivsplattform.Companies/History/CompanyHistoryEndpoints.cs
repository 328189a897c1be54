using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.History;
using Naringslivsplattform.Companies.Companies;
using Naringslivsplattform.Companies.FollowUps;
using Naringslivsplattform.Companies.Visits;

namespace Naringslivsplattform.Companies.History;

internal static class CompanyHistoryEndpoints
{
    public static void MapCompanyHistory(IEndpointRouteBuilder companies) =>
        companies.MapHistory("companyId", typeof(Company), GetCompanyEndpoint.NotFound, "GetCompanyHistory", "Företagets historik");

    public static void MapFollowUpHistory(IEndpointRouteBuilder followUps) =>
        followUps.MapHistory("followUpId", typeof(FollowUp), GetFollowUpEndpoint.NotFound, "GetFollowUpHistory", "Uppföljningens historik");

    public static void MapVisitHistory(IEndpointRouteBuilder visits) =>
        visits.MapHistory("visitId", typeof(CompanyVisit), GetVisitEndpoint.NotFound, "GetVisitHistory", "Besökets historik");
}
