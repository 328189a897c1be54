using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.Schools.Resources;

namespace Naringslivsplattform.Schools.Schools;

/// <summary>A change to a school, based on the version the caller saw.</summary>
/// <param name="NewName">The name a rename asks for, checked against other schools' names before anything is appended.</param>
internal sealed record ChangeSchool(Guid SchoolId, long ExpectedVersion, string? NewName, Func<School, Outcome<object>> Decide) : ICommand<Outcome<SchoolResponse>>;

internal sealed class ChangeSchoolHandler(IDocumentSession session) : ICommandHandler<ChangeSchool, Outcome<SchoolResponse>>
{
    private static readonly DomainError Stale = new("school.version-stale", SchoolsTexts.SchoolVersionStale, StatusCodes.Status412PreconditionFailed);

    public async ValueTask<Outcome<SchoolResponse>> Handle(ChangeSchool command, CancellationToken cancellationToken)
    {
        if (command.NewName is { } wanted && await SchoolNames.IsTakenAsync(session, wanted, command.SchoolId, cancellationToken))
        {
            return SchoolDecisions.DuplicateName(SchoolDecisions.NormaliseName(wanted));
        }

        // A rename moves the school's name claim in the same unit of work; a concurrent claim of the name fails it.
        var renamedTo = "";
        var changed = await SchoolNames.GuardAsync(() => renamedTo, () => session.DecideAndAppendAsync<School>(
            command.SchoolId, command.ExpectedVersion, GetSchoolEndpoint.NotFound, Stale, school => Decide(school, command.Decide), cancellationToken));
        return changed.Error is { } error ? error : SchoolResponse.Of(changed.Value.Aggregate, changed.Value.Version);

        Outcome<object> Decide(School school, Func<School, Outcome<object>> decide)
        {
            var decision = decide(school);
            if (decision.Value is SchoolRenamed renamed)
            {
                renamedTo = renamed.Name;
                SchoolNames.Move(session, school.Id, school.Name, renamed.Name);
            }

            return decision;
        }
    }
}

internal static class ChangeSchoolEndpoints
{
    public static void Map(IEndpointRouteBuilder schools)
    {
        schools.MapPut("/{schoolId:guid}", (Guid schoolId, RenameSchoolRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(schoolId, request.Name, http, mediator, school => SchoolDecisions.Rename(school, request).Widen(), ct))
            .WithName("RenameSchool")
            .WithSummary("Byt namn på en skola")
            .WithDescription("Nytt namn, unikt i kommunen (409 school.duplicate-name annars); skolformen ändras aldrig. Kräver If-Match med den version ändringen bygger på.");
        schools.MapPost("/{schoolId:guid}/programmes", (Guid schoolId, AddProgrammeRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(schoolId, null, http, mediator, school => SchoolDecisions.AddProgramme(school, Guid.CreateVersion7(), request).Widen(), ct))
            .WithName("AddSchoolProgramme")
            .WithSummary("Lägg till ett gymnasieprogram")
            .WithDescription("Ett nationellt gymnasieprogram, t.ex. Försäljnings- och serviceprogrammet, på en gymnasieskola (school.programme-needs-upper-secondary annars). Samma program två gånger ger 409 school.duplicate-programme. Kräver If-Match.");
    }

    private static Task<Results<Ok<SchoolResponse>, ProblemHttpResult>> SendAsync(
        Guid schoolId, string? newName, HttpContext http, IMediator mediator, Func<School, Outcome<object>> decide, CancellationToken ct) =>
        VersionedResults.ChangeAsync(
            http,
            new DomainError("school.version-required", SchoolsTexts.SchoolVersionRequired, StatusCodes.Status428PreconditionRequired),
            expectedVersion => mediator.Send(new ChangeSchool(schoolId, expectedVersion, newName, decide), ct));
}
