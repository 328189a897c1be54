using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.Schools.Streams;

namespace Naringslivsplattform.Schools.Schools;

/// <param name="IdempotencyKey">When given, a retry with the same key and request gets the school the first request registered.</param>
internal sealed record RegisterSchool(RegisterSchoolRequest Request, string? IdempotencyKey = null) : ICommand<Outcome<SchoolResponse>>;

internal sealed class RegisterSchoolHandler(IDocumentSession session, OperationContext operation) : ICommandHandler<RegisterSchool, Outcome<SchoolResponse>>
{
    /// <summary>What keyed school streams are created under; the caller's municipality is part of the caller.</summary>
    private static readonly Guid RegisterScope = new("3c9e1f70-6a2b-4d5e-8f41-2b7d0c9a5e13");

    public async ValueTask<Outcome<SchoolResponse>> Handle(RegisterSchool command, CancellationToken cancellationToken)
    {
        var keyed = command.IdempotencyKey is not null;
        var schoolId = KeyedStarts.StreamIdFor(session, operation, RegisterScope, command.IdempotencyKey);
        var decision = SchoolDecisions.Register(schoolId, command.Request);
        if (decision.Value is not { } registered)
        {
            return decision.Error!;
        }

        // A retry of a keyed registration finds its own claim: leave the answer to the replay.
        var retried = keyed && await session.Events.FetchStreamStateAsync(schoolId, cancellationToken) is not null;
        if (!retried)
        {
            if (await SchoolNames.IsTakenAsync(session, registered.Name, schoolId, cancellationToken))
            {
                return SchoolDecisions.DuplicateName(registered.Name);
            }

            session.Insert(new SchoolNameClaim(SchoolNameClaim.KeyOf(registered.Name), schoolId));
        }

        return await SchoolNames.GuardAsync(
            () => registered.Name, () => KeyedStarts.StartAsync<School, SchoolResponse>(session, schoolId, registered, keyed, SchoolResponse.Of, cancellationToken));
    }
}

internal static class RegisterSchoolEndpoint
{
    public static void Map(IEndpointRouteBuilder schools) =>
        schools.MapPost("/", (RegisterSchoolRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                KeyedStarts.CreatedAsync(http, "/api/v1/schools", key => mediator.Send(new RegisterSchool(request, key), ct)))
            .WithName("RegisterSchool")
            .WithSummary("Registrera en skola")
            .WithDescription("Namn (unikt i kommunen, 409 school.duplicate-name annars) och skolform: Primary (grundskola) eller UpperSecondary (gymnasieskola). Svaret har skolans version i ETag. Med rubriken Idempotency-Key ger ett upprepat anrop samma skola.");
}
