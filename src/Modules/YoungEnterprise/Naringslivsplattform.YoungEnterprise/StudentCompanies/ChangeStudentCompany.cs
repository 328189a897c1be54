using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.Companies.Contracts;
using Naringslivsplattform.YoungEnterprise.Resources;

namespace Naringslivsplattform.YoungEnterprise.StudentCompanies;

/// <summary>A change to a UF company, based on the version the caller saw; the decision gets the mentor company named, if any, and today.</summary>
internal sealed record ChangeStudentCompany(
    Guid StudentCompanyId, long ExpectedVersion, Guid? MentorId, Func<StudentCompany, CompanyReference?, DateOnly, Outcome<object>> Decide)
    : ICommand<Outcome<StudentCompanyResponse>>;

internal sealed class ChangeStudentCompanyHandler(IDocumentSession session, ICompanyDirectory companies, TimeProvider time)
    : ICommandHandler<ChangeStudentCompany, Outcome<StudentCompanyResponse>>
{
    public static readonly DomainError Stale =
        new("student-company.version-stale", YoungEnterpriseTexts.StudentCompanyVersionStale, StatusCodes.Status412PreconditionFailed);

    public async ValueTask<Outcome<StudentCompanyResponse>> Handle(ChangeStudentCompany command, CancellationToken cancellationToken)
    {
        var mentor = await Mentors.FindAsync(companies, command.MentorId, cancellationToken);
        var changed = await session.DecideAndAppendAsync<StudentCompany>(
            command.StudentCompanyId, command.ExpectedVersion, GetStudentCompanyEndpoint.NotFound, Stale,
            company => command.Decide(company, mentor, SwedishTime.Today(time)),
            cancellationToken);
        return changed.Error is { } error ? error : StudentCompanyResponse.Of(changed.Value.Aggregate, changed.Value.Version);
    }
}

internal static class ChangeStudentCompanyEndpoints
{
    public static void Map(IEndpointRouteBuilder studentCompanies)
    {
        studentCompanies.MapPut("/{studentCompanyId:guid}", (Guid studentCompanyId, StudentCompanyDetailsRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(studentCompanyId, null, http, mediator, (company, _, _) => StudentCompanyDecisions.ChangeDetails(company, request).Widen(), ct))
            .WithName("ChangeStudentCompany")
            .WithSummary("Ändra ett UF-företags namn, antal elever och affärsidé")
            .WithDescription("Läsår och skola ändras inte: ett UF-företag hör till ett läsår. Ett nytt namn visas också hos mentorföretaget. Kräver If-Match.");
        studentCompanies.MapPut("/{studentCompanyId:guid}/mentor", (Guid studentCompanyId, MentorRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(studentCompanyId, request.MentorId, http, mediator, (company, mentor, _) => StudentCompanyDecisions.SetMentor(company, request, mentor).Widen(), ct))
            .WithName("SetStudentCompanyMentor")
            .WithSummary("Sätt eller byt UF-företagets mentorföretag")
            .WithDescription("mentorId är ett företag i företagsregistret; ett tidigare mentorföretag ersätts. Kräver If-Match.");
        studentCompanies.MapDelete("/{studentCompanyId:guid}/mentor", (Guid studentCompanyId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(studentCompanyId, null, http, mediator, (company, _, _) => StudentCompanyDecisions.RemoveMentor(company).Widen(), ct))
            .WithName("RemoveStudentCompanyMentor")
            .WithSummary("Ta bort UF-företagets mentorföretag")
            .WithDescription("Kräver If-Match.");
        studentCompanies.MapPost("/{studentCompanyId:guid}/wind-up", (Guid studentCompanyId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(studentCompanyId, null, http, mediator, (company, _, today) => StudentCompanyDecisions.WindUp(company, today).Widen(), ct))
            .WithName("WindUpStudentCompany")
            .WithSummary("Avveckla ett UF-företag")
            .WithDescription("Som UF-företag gör vid läsårets slut; ett avvecklat UF-företag ändras inte mer. Kräver If-Match.");
    }

    private static Task<Results<Ok<StudentCompanyResponse>, ProblemHttpResult>> SendAsync(
        Guid studentCompanyId, Guid? mentorId, HttpContext http, IMediator mediator, Func<StudentCompany, CompanyReference?, DateOnly, Outcome<object>> decide,
        CancellationToken ct) =>
        VersionedResults.ChangeAsync(
            http,
            new DomainError("student-company.version-required", YoungEnterpriseTexts.StudentCompanyVersionRequired, StatusCodes.Status428PreconditionRequired),
            expectedVersion => mediator.Send(new ChangeStudentCompany(studentCompanyId, expectedVersion, mentorId, decide), ct));
}
