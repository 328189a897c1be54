using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.Companies.Contracts;
using Naringslivsplattform.Schools.Contracts;

namespace Naringslivsplattform.YoungEnterprise.StudentCompanies;

/// <param name="SchoolYear">"2023/24".</param>
/// <param name="MentorId">A company in the register; left out when the UF company has no mentor yet.</param>
internal sealed record RegisterStudentCompanyRequest(string? SchoolYear, Guid? SchoolId, string? Name, int? Students, string? BusinessIdea, Guid? MentorId);

/// <param name="IdempotencyKey">When given, a retry with the same key and request gets the UF company the first request registered.</param>
internal sealed record RegisterStudentCompany(RegisterStudentCompanyRequest Request, string? IdempotencyKey = null) : ICommand<Outcome<Started<StudentCompanyResponse>>>;

internal sealed class RegisterStudentCompanyHandler(
    IDocumentSession session, OperationContext operation, ISchoolDirectory schools, ICompanyDirectory companies, TimeProvider time)
    : ICommandHandler<RegisterStudentCompany, Outcome<Started<StudentCompanyResponse>>>
{
    public async ValueTask<Outcome<Started<StudentCompanyResponse>>> Handle(RegisterStudentCompany command, CancellationToken cancellationToken)
    {
        var request = command.Request;
        var school = request.SchoolId is { } schoolId ? await schools.FindAsync(schoolId, cancellationToken) : null;
        var mentor = await Mentors.FindAsync(companies, request.MentorId, cancellationToken);
        var started = await session.StartOnceAsync<StudentCompany, StudentCompanyRegistered>(
            IdempotencyKeys.StreamFor(session, operation, StudentCompanyStreams.Kind, command.IdempotencyKey),
            studentCompanyId => StudentCompanyRules.Register(studentCompanyId, request, school, mentor, SwedishTime.Today(time)),
            cancellationToken);
        return started.Map(company => company.Select(StudentCompanyResponse.Of));
    }
}

internal static class RegisterStudentCompanyEndpoint
{
    public static void Map(IEndpointRouteBuilder studentCompanies) =>
        studentCompanies.MapPost("/", (RegisterStudentCompanyRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.CreateAsync(http, "/api/v1/student-companies", key => mediator.Send(new RegisterStudentCompany(request, key), ct)))
            .WithName("RegisterStudentCompany")
            .WithSummary("Registrera ett UF-företag")
            .WithDescription("Läsår (till exempel 2023/24), skola ur skolregistret, namn, antal elever (1–30), affärsidé och, om det finns, mentorföretag ur företagsregistret. Svaret har UF-företagets version i ETag. Med rubriken Idempotency-Key ger ett upprepat anrop samma UF-företag (Idempotent-Replayed: true).");
}
