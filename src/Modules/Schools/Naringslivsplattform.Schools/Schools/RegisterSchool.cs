using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;

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
        var schoolId = keyed ? IdempotentStarts.StreamIdFor(RegisterScope, $"{session.TenantId}/{operation.UserName}", command.IdempotencyKey!) : Guid.CreateVersion7();
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

        var started = await SchoolNames.GuardAsync(() => registered.Name, () => session.StartOnceAsync<School>(schoolId, registered, keyed, cancellationToken));
        if (started.Error is { } error)
        {
            return error;
        }

        return await session.LoadWithVersionAsync<School>(schoolId, cancellationToken) is var (stored, version)
            ? SchoolResponse.Of(stored, version)
            : SchoolResponse.Of(School.Create(registered), 1);
    }
}

internal static class RegisterSchoolEndpoint
{
    public static void Map(IEndpointRouteBuilder schools) =>
        schools.MapPost("/", async Task<Results<Created<SchoolResponse>, ProblemHttpResult>> (RegisterSchoolRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                if (IdempotentStarts.ReadKey(http.Request, out var key) is { } invalidKey)
                {
                    return invalidKey.ToProblem();
                }

                return VersionedResults.Created(http, await mediator.Send(new RegisterSchool(request, key), ct), "/api/v1/schools");
            })
            .WithName("RegisterSchool")
            .WithSummary("Registrera en skola")
            .WithDescription("Namn (unikt i kommunen, 409 school.duplicate-name annars) och skolform: Primary (grundskola) eller UpperSecondary (gymnasieskola). Svaret har skolans version i ETag. Med rubriken Idempotency-Key ger ett upprepat anrop samma skola.");
}
