using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.Companies.Contracts;
using Naringslivsplattform.Schools.Contracts;

namespace Naringslivsplattform.YoungEnterprise.StudentCompanies;

/// <param name="IdempotencyKey">When given, a retry with the same key and request gets the UF company the first request registered.</param>
internal sealed record RegisterStudentCompany(RegisterStudentCompanyRequest Request, string? IdempotencyKey = null) : ICommand<Outcome<Started<StudentCompanyResponse>>>;

internal sealed class RegisterStudentCompanyHandler(
    IDocumentSession session, OperationContext operation, ISchoolDirectory schools, ICompanyDirectory companies, TimeProvider time)
    : ICommandHandler<RegisterStudentCompany, Outcome<Started<StudentCompanyResponse>>>
{
    /// <summary>What keyed UF company streams are created under; the caller's municipality is part of the caller.</summary>
    private static readonly Guid Scope = new("3c1d7e2a-9b4f-4a61-8e25-0d7f6b2c2462");

    public async ValueTask<Outcome<Started<StudentCompanyResponse>>> Handle(RegisterStudentCompany command, CancellationToken cancellationToken)
    {
        var request = command.Request;
        var school = request.SchoolId is { } schoolId ? await schools.FindAsync(schoolId, cancellationToken) : null;
        var mentor = await Mentors.FindAsync(companies, request.MentorId, cancellationToken);
        return await session.StartAsync<StudentCompany, StudentCompanyRegistered, StudentCompanyResponse>(
            Scope, operation.UserName, command.IdempotencyKey,
            id => StudentCompanyDecisions.Register(id, request, school, mentor, SwedishTime.Today(time)),
            StudentCompany.Create, StudentCompanyResponse.Of, cancellationToken);
    }
}

internal static class RegisterStudentCompanyEndpoint
{
    public static void Map(IEndpointRouteBuilder studentCompanies) =>
        studentCompanies.MapPost("/", (RegisterStudentCompanyRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                KeyedCreates.SendAsync(http, "/api/v1/student-companies", key => mediator.Send(new RegisterStudentCompany(request, key), ct)))
            .WithName("RegisterStudentCompany")
            .WithSummary("Registrera ett UF-företag")
            .WithDescription("Läsår (till exempel 2023/24), skola ur skolregistret, namn, antal elever (1–30), affärsidé och, om det finns, mentorföretag ur företagsregistret. Svaret har UF-företagets version i ETag. Med rubriken Idempotency-Key ger ett upprepat anrop samma UF-företag (Idempotent-Replayed: true).");
}
