using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.Companies.FollowUps;

internal sealed record UpdateFollowUpRequest(string? Need, string? Category, DateOnly? DueOn);

/// <summary>Changes what a follow-up is about and when it is due, based on the version the caller saw.</summary>
internal sealed record UpdateFollowUp(Guid FollowUpId, long ExpectedVersion, UpdateFollowUpRequest Request) : ICommand<Outcome<FollowUpResponse>>;

internal sealed class UpdateFollowUpHandler(IDocumentSession session, TimeProvider time) : ICommandHandler<UpdateFollowUp, Outcome<FollowUpResponse>>
{
    public async ValueTask<Outcome<FollowUpResponse>> Handle(UpdateFollowUp command, CancellationToken cancellationToken)
    {
        var today = SwedishTime.Today(time);
        var changed = await session.ChangeAsync<FollowUp, FollowUpUpdated>(
            command.FollowUpId, command.ExpectedVersion, FollowUpStreams.Errors, followUp => FollowUpRules.Update(followUp, command.Request), cancellationToken);
        return await FollowUpResponse.OfAsync(session, changed, today, cancellationToken);
    }
}

internal static class UpdateFollowUpEndpoint
{
    public static void Map(IEndpointRouteBuilder followUps) =>
        followUps.MapPut("/{followUpId:guid}", (Guid followUpId, UpdateFollowUpRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, FollowUpStreams.Errors, version => mediator.Send(new UpdateFollowUp(followUpId, version, request), ct)))
            .WithName("UpdateFollowUp")
            .WithSummary("Ändra en uppföljning")
            .WithDescription("Behov, kategori och förfallodag. Kräver If-Match med den version ändringen bygger på; en stängd uppföljning ändras inte (409).");
}
