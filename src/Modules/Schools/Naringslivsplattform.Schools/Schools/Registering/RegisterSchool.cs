using Naringslivsplattform.BuildingBlocks.EventStore;

namespace Naringslivsplattform.Schools.Schools;

/// <param name="Level">Primary (grundskola) or UpperSecondary (gymnasieskola).</param>
internal sealed record RegisterSchoolRequest(string? Name, string? Level);

/// <param name="IdempotencyKey">When given, a retry with the same key and request gets the school the first request registered.</param>
internal sealed record RegisterSchool(RegisterSchoolRequest Request, string? IdempotencyKey = null) : ICommand<Outcome<Started<SchoolResponse>>>;

internal sealed class RegisterSchoolHandler(IDocumentSession session, OperationContext operation) : ICommandHandler<RegisterSchool, Outcome<Started<SchoolResponse>>>
{
    public async ValueTask<Outcome<Started<SchoolResponse>>> Handle(RegisterSchool command, CancellationToken cancellationToken)
    {
        var started = await session.StartOnceAsync<School, SchoolRegistered>(
            IdempotencyKeys.StreamFor(session, operation, SchoolStreams.Kind, command.IdempotencyKey),
            schoolId => SchoolRules.Register(schoolId, command.Request),
            cancellationToken,
            SchoolNames.OnRegistration);
        return started.Map(school => school.Select(SchoolResponse.Of));
    }
}

internal static class RegisterSchoolEndpoint
{
    public static void Map(IEndpointRouteBuilder schools) =>
        schools.MapPost("/", (RegisterSchoolRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.CreateAsync(http, "/api/v1/schools", key => mediator.Send(new RegisterSchool(request, key), ct)))
            .WithName("RegisterSchool")
            .WithSummary("Registrera en skola")
            .WithDescription("Namn (unikt i kommunen, 409 school.duplicate-name annars) och skolform: Primary (grundskola) eller UpperSecondary (gymnasieskola). Svaret har skolans version i ETag. Med rubriken Idempotency-Key ger ett upprepat anrop samma skola (Idempotent-Replayed: true).");
}
