using Naringslivsplattform.BuildingBlocks.Time;

namespace Naringslivsplattform.YoungEnterprise.StudentCompanies;

/// <summary>Winds an active UF company up today, as UF companies are at the end of their school year, based on the version the caller saw.</summary>
internal sealed record WindUpStudentCompany(Guid StudentCompanyId, long ExpectedVersion) : ICommand<Outcome<StudentCompanyResponse>>;

internal sealed class WindUpStudentCompanyHandler(IDocumentSession session, TimeProvider time) : ICommandHandler<WindUpStudentCompany, Outcome<StudentCompanyResponse>>
{
    public async ValueTask<Outcome<StudentCompanyResponse>> Handle(WindUpStudentCompany command, CancellationToken cancellationToken) =>
        (await session.ChangeAsync<StudentCompany, StudentCompanyWoundUp>(
            command.StudentCompanyId, command.ExpectedVersion, StudentCompanyStreams.Errors,
            company => StudentCompanyRules.WindUp(company, SwedishTime.Today(time)), cancellationToken))
        .Map(StudentCompanyResponse.Of);
}

internal static class WindUpStudentCompanyEndpoint
{
    public static void Map(IEndpointRouteBuilder studentCompanies) =>
        studentCompanies.MapPost("/{studentCompanyId:guid}/wind-up", (Guid studentCompanyId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, StudentCompanyStreams.Errors, version => mediator.Send(new WindUpStudentCompany(studentCompanyId, version), ct)))
            .WithName("WindUpStudentCompany")
            .WithSummary("Avveckla ett UF-företag")
            .WithDescription("Som UF-företag gör vid läsårets slut; ett avvecklat UF-företag ändras inte mer. Kräver If-Match.");
}
