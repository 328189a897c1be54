using Naringslivsplattform.BuildingBlocks.EventStore;

namespace Naringslivsplattform.Schools.Schools;

internal sealed record RenameSchoolRequest(string? Name);

/// <summary>Gives a school a name no other school of the municipality has, and renames what carries its name, based on the version the caller saw.</summary>
internal sealed record RenameSchool(Guid SchoolId, long ExpectedVersion, RenameSchoolRequest Request) : ICommand<Outcome<SchoolResponse>>;

internal sealed class RenameSchoolHandler(IDocumentSession session, IEnumerable<ISchoolNameHolder> holders) : ICommandHandler<RenameSchool, Outcome<SchoolResponse>>
{
    public async ValueTask<Outcome<SchoolResponse>> Handle(RenameSchool command, CancellationToken cancellationToken)
    {
        if (command.Request.Name is { } wanted && await SchoolNames.IsTakenAsync(session, wanted, command.SchoolId, cancellationToken))
        {
            return SchoolRules.DuplicateName(SchoolRules.NormaliseName(wanted));
        }

        var fetched = await session.FetchAtVersionAsync<School>(command.SchoolId, command.ExpectedVersion, SchoolStreams.Errors, cancellationToken);
        if (fetched.Value is not { Aggregate: { } school } stream)
        {
            return fetched.Error!;
        }

        var decision = SchoolRules.Rename(school, command.Request);
        if (decision.Value is not { } renamed)
        {
            return decision.Error!;
        }

        // The name's claim moves, and what carries the name is renamed, in the school's own unit of work: a concurrent
        // claim of the name, or a concurrent change of a council, stores none of it.
        stream.AppendOne(renamed);
        SchoolNames.Move(session, school.Id, school.Name, renamed.Name);
        foreach (var holder in holders)
        {
            await holder.RenameAsync(session, renamed, cancellationToken);
        }

        if (await session.SaveOrConflictAsync(SchoolStreams.Errors.Stale, cancellationToken) is { } conflict)
        {
            return await SchoolNames.IsTakenAsync(session, renamed.Name, school.Id, cancellationToken) ? SchoolRules.DuplicateName(renamed.Name) : conflict;
        }

        var changed = await session.AggregatorFor<School>().BuildAsync(stream.Events, session, school, cancellationToken) ?? school;
        return SchoolResponse.Of(changed, command.ExpectedVersion + 1);
    }
}

internal static class RenameSchoolEndpoint
{
    public static void Map(IEndpointRouteBuilder schools) =>
        schools.MapPut("/{schoolId:guid}", (Guid schoolId, RenameSchoolRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, SchoolStreams.Errors, version => mediator.Send(new RenameSchool(schoolId, version, request), ct)))
            .WithName("RenameSchool")
            .WithSummary("Byt namn på en skola")
            .WithDescription("Nytt namn, unikt i kommunen (409 school.duplicate-name annars); skolformen ändras aldrig. Skolans branschråd får det nya namnet. Kräver If-Match med den version ändringen bygger på.");
}
