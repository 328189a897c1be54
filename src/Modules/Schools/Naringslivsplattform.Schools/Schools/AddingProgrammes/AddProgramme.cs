namespace Naringslivsplattform.Schools.Schools;

/// <param name="Name">A national programme, e.g. "Försäljnings- och serviceprogrammet".</param>
internal sealed record AddProgrammeRequest(string? Name);

/// <summary>Adds a national programme to an upper-secondary school, based on the version the caller saw.</summary>
internal sealed record AddProgramme(Guid SchoolId, long ExpectedVersion, AddProgrammeRequest Request) : ICommand<Outcome<SchoolResponse>>;

internal sealed class AddProgrammeHandler(IDocumentSession session) : ICommandHandler<AddProgramme, Outcome<SchoolResponse>>
{
    public async ValueTask<Outcome<SchoolResponse>> Handle(AddProgramme command, CancellationToken cancellationToken) =>
        (await session.ChangeAsync<School, ProgrammeAdded>(
            command.SchoolId, command.ExpectedVersion, SchoolStreams.Errors, school => SchoolRules.AddProgramme(school, Guid.CreateVersion7(), command.Request), cancellationToken))
        .Map(SchoolResponse.Of);
}

internal static class AddProgrammeEndpoint
{
    public static void Map(IEndpointRouteBuilder schools) =>
        schools.MapPost("/{schoolId:guid}/programmes", (Guid schoolId, AddProgrammeRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, SchoolStreams.Errors, version => mediator.Send(new AddProgramme(schoolId, version, request), ct)))
            .WithName("AddSchoolProgramme")
            .WithSummary("Lägg till ett gymnasieprogram")
            .WithDescription("Ett nationellt gymnasieprogram, t.ex. Försäljnings- och serviceprogrammet, på en gymnasieskola (school.programme-needs-upper-secondary annars). Samma program två gånger ger 409 school.duplicate-programme. Kräver If-Match.");
}
