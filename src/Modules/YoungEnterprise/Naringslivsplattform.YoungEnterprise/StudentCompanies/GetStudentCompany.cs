using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.YoungEnterprise.Resources;

namespace Naringslivsplattform.YoungEnterprise.StudentCompanies;

/// <summary>A UF company with its current stream version; null when there is none.</summary>
internal sealed record GetStudentCompany(Guid StudentCompanyId) : IQuery<StudentCompanyResponse?>;

internal sealed class GetStudentCompanyHandler(IQuerySession session) : IQueryHandler<GetStudentCompany, StudentCompanyResponse?>
{
    public async ValueTask<StudentCompanyResponse?> Handle(GetStudentCompany query, CancellationToken cancellationToken) =>
        await session.LoadWithVersionAsync<StudentCompany>(query.StudentCompanyId, cancellationToken) is var (company, version)
            ? StudentCompanyResponse.Of(company, version)
            : null;
}

internal static class GetStudentCompanyEndpoint
{
    public static readonly DomainError NotFound = new("student-company.not-found", YoungEnterpriseTexts.StudentCompanyNotFound, StatusCodes.Status404NotFound);

    public static void Map(IEndpointRouteBuilder studentCompanies) =>
        studentCompanies.MapGet("/{studentCompanyId:guid}", async (Guid studentCompanyId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                VersionedResults.Ok(http, await mediator.Send(new GetStudentCompany(studentCompanyId), ct) is { } company ? company : (Outcome<StudentCompanyResponse>)NotFound))
            .WithName("GetStudentCompany")
            .WithSummary("Ett UF-företag")
            .WithDescription("UF-företaget med läsår, skola, antal elever, affärsidé, mentorföretag och status; versionen i ETag används i If-Match vid ändringar.");
}
