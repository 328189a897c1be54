namespace Naringslivsplattform.YoungEnterprise.StudentCompanies;

/// <summary>Changes an active UF company's name, number of students and business idea, based on the version the caller saw.</summary>
internal sealed record ChangeStudentCompanyDetails(Guid StudentCompanyId, long ExpectedVersion, StudentCompanyDetailsRequest Request) : ICommand<Outcome<StudentCompanyResponse>>;

internal sealed class ChangeStudentCompanyDetailsHandler(IDocumentSession session) : ICommandHandler<ChangeStudentCompanyDetails, Outcome<StudentCompanyResponse>>
{
    public async ValueTask<Outcome<StudentCompanyResponse>> Handle(ChangeStudentCompanyDetails command, CancellationToken cancellationToken) =>
        (await session.ChangeAsync<StudentCompany, StudentCompanyDetailsChanged>(
            command.StudentCompanyId, command.ExpectedVersion, StudentCompanyStreams.Errors,
            company => StudentCompanyRules.ChangeDetails(company, command.Request), cancellationToken))
        .Map(StudentCompanyResponse.Of);
}

internal static class ChangeStudentCompanyDetailsEndpoint
{
    public static void Map(IEndpointRouteBuilder studentCompanies) =>
        studentCompanies.MapPut("/{studentCompanyId:guid}", (Guid studentCompanyId, StudentCompanyDetailsRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, StudentCompanyStreams.Errors, version => mediator.Send(new ChangeStudentCompanyDetails(studentCompanyId, version, request), ct)))
            .WithName("ChangeStudentCompany")
            .WithSummary("Ändra ett UF-företags namn, antal elever och affärsidé")
            .WithDescription("Läsår och skola ändras inte: ett UF-företag hör till ett läsår. Ett nytt namn visas också hos mentorföretaget. Kräver If-Match.");
}
