namespace Naringslivsplattform.YoungEnterprise.StudentCompanies;

/// <summary>A UF company with its current stream version; null when there is none.</summary>
internal sealed record GetStudentCompany(Guid StudentCompanyId) : IQuery<StudentCompanyResponse?>;

internal sealed class GetStudentCompanyHandler(IQuerySession session) : IQueryHandler<GetStudentCompany, StudentCompanyResponse?>
{
    public async ValueTask<StudentCompanyResponse?> Handle(GetStudentCompany query, CancellationToken cancellationToken) =>
        await session.LoadVersionedAsync<StudentCompany>(query.StudentCompanyId, cancellationToken) is { } company ? StudentCompanyResponse.Of(company) : null;
}

internal static class GetStudentCompanyEndpoint
{
    public static void Map(IEndpointRouteBuilder studentCompanies) =>
        studentCompanies.MapGet("/{studentCompanyId:guid}", async (Guid studentCompanyId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.Found(http, await mediator.Send(new GetStudentCompany(studentCompanyId), ct), StudentCompanyStreams.Errors))
            .WithName("GetStudentCompany")
            .WithSummary("Ett UF-företag")
            .WithDescription("UF-företaget med läsår, skola, antal elever, affärsidé, mentorföretag och status; versionen i ETag används i If-Match vid ändringar.");
}
