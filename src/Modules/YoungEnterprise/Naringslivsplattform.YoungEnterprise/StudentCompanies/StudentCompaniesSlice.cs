using JasperFx.Events.Projections;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.History;
using Naringslivsplattform.BuildingBlocks.Security;

namespace Naringslivsplattform.YoungEnterprise.StudentCompanies;

/// <summary>What the module wires up for UF companies, so the module class needs one line per hook.</summary>
internal static class StudentCompaniesSlice
{
    public static void Register(StoreOptions options)
    {
        options.Events.AddEventTypes(StudentCompanyEventTypes.All);
        options.Projections.Snapshot<StudentCompany>(SnapshotLifecycle.Inline);
        options.Schema.For<StudentCompany>().Index(c => c.SchoolYear);
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        var studentCompanies = api.MapGroup("/student-companies").WithTags("UF-företag");
        var reads = studentCompanies.MapGroup("").RequireAuthorization(PlatformPolicies.Read);
        var writes = studentCompanies.MapGroup("").RequireAuthorization(PlatformPolicies.Write);
        ListStudentCompaniesEndpoint.Map(reads);
        GetStudentCompanyEndpoint.Map(reads);
        reads.MapHistory("studentCompanyId", typeof(StudentCompany), GetStudentCompanyEndpoint.NotFound, "GetStudentCompanyHistory", "UF-företagets historik");
        RegisterStudentCompanyEndpoint.Map(writes);
        ChangeStudentCompanyEndpoints.Map(writes);
    }
}
