using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.Companies.FollowUps;

internal sealed record ResolveFollowUpRequest(string? Outcome, DateOnly? ResolvedOn);

/// <summary>Records what was done about a follow-up; it then awaits feedback to the company. Based on the version the caller saw.</summary>
internal sealed record ResolveFollowUp(Guid FollowUpId, long ExpectedVersion, ResolveFollowUpRequest Request) : ICommand<Outcome<FollowUpResponse>>;

internal sealed class ResolveFollowUpHandler(IDocumentSession session, TimeProvider time) : ICommandHandler<ResolveFollowUp, Outcome<FollowUpResponse>>
{
    public async ValueTask<Outcome<FollowUpResponse>> Handle(ResolveFollowUp command, CancellationToken cancellationToken)
    {
        var today = SwedishTime.Today(time);
        var changed = await session.ChangeAsync<FollowUp, FollowUpResolved>(
            command.FollowUpId, command.ExpectedVersion, FollowUpStreams.Errors, followUp => FollowUpRules.Resolve(followUp, command.Request, today), cancellationToken);
        return await FollowUpResponse.OfAsync(session, changed, today, cancellationToken);
    }
}

internal static class ResolveFollowUpEndpoint
{
    public static void Map(IEndpointRouteBuilder followUps) =>
        followUps.MapPost("/{followUpId:guid}/resolve", (Guid followUpId, ResolveFollowUpRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, FollowUpStreams.Errors, version => mediator.Send(new ResolveFollowUp(followUpId, version, request), ct)))
            .WithName("ResolveFollowUp")
            .WithSummary("Markera en uppföljning som åtgärdad")
            .WithDescription("outcome (utfallet) och resolvedOn (standard i dag). Uppföljningen väntar sedan på återkoppling till företaget. Kräver If-Match.");
}
