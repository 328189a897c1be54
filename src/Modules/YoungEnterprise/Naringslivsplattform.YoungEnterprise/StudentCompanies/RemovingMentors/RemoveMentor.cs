namespace Naringslivsplattform.YoungEnterprise.StudentCompanies;

/// <summary>Takes an active UF company's mentor company away, based on the version the caller saw.</summary>
internal sealed record RemoveMentor(Guid StudentCompanyId, long ExpectedVersion) : ICommand<Outcome<StudentCompanyResponse>>;

internal sealed class RemoveMentorHandler(IDocumentSession session) : ICommandHandler<RemoveMentor, Outcome<StudentCompanyResponse>>
{
    public async ValueTask<Outcome<StudentCompanyResponse>> Handle(RemoveMentor command, CancellationToken cancellationToken) =>
        (await session.ChangeAsync<StudentCompany, StudentCompanyMentorRemoved>(
            command.StudentCompanyId, command.ExpectedVersion, StudentCompanyStreams.Errors, StudentCompanyRules.RemoveMentor, cancellationToken))
        .Map(StudentCompanyResponse.Of);
}

internal static class RemoveMentorEndpoint
{
    public static void Map(IEndpointRouteBuilder studentCompanies) =>
        studentCompanies.MapDelete("/{studentCompanyId:guid}/mentor", (Guid studentCompanyId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, StudentCompanyStreams.Errors, version => mediator.Send(new RemoveMentor(studentCompanyId, version), ct)))
            .WithName("RemoveStudentCompanyMentor")
            .WithSummary("Ta bort UF-företagets mentorföretag")
            .WithDescription("Kräver If-Match.");
}
