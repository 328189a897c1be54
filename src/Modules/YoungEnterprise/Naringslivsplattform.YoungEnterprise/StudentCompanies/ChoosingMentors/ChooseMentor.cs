using Naringslivsplattform.Companies.Contracts;

namespace Naringslivsplattform.YoungEnterprise.StudentCompanies;

internal sealed record MentorRequest(Guid? MentorId);

/// <summary>Gives an active UF company a mentor company from the register, or another one, based on the version the caller saw.</summary>
internal sealed record ChooseMentor(Guid StudentCompanyId, long ExpectedVersion, MentorRequest Request) : ICommand<Outcome<StudentCompanyResponse>>;

internal sealed class ChooseMentorHandler(IDocumentSession session, ICompanyDirectory companies) : ICommandHandler<ChooseMentor, Outcome<StudentCompanyResponse>>
{
    public async ValueTask<Outcome<StudentCompanyResponse>> Handle(ChooseMentor command, CancellationToken cancellationToken)
    {
        var mentor = await Mentors.FindAsync(companies, command.Request.MentorId, cancellationToken);
        return (await session.ChangeAsync<StudentCompany, StudentCompanyMentorSet>(
                command.StudentCompanyId, command.ExpectedVersion, StudentCompanyStreams.Errors,
                company => StudentCompanyRules.SetMentor(company, command.Request, mentor), cancellationToken))
            .Map(StudentCompanyResponse.Of);
    }
}

internal static class ChooseMentorEndpoint
{
    public static void Map(IEndpointRouteBuilder studentCompanies) =>
        studentCompanies.MapPut("/{studentCompanyId:guid}/mentor", (Guid studentCompanyId, MentorRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, StudentCompanyStreams.Errors, version => mediator.Send(new ChooseMentor(studentCompanyId, version, request), ct)))
            .WithName("SetStudentCompanyMentor")
            .WithSummary("Sätt eller byt UF-företagets mentorföretag")
            .WithDescription("mentorId är ett företag i företagsregistret; ett tidigare mentorföretag ersätts. Kräver If-Match.");
}
