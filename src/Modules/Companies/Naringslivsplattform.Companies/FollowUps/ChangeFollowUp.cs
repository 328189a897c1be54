using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.Companies.Resources;

namespace Naringslivsplattform.Companies.FollowUps;

/// <summary>A change to a follow-up, based on the version the caller saw; the decision gets today's date in Sweden.</summary>
internal sealed record ChangeFollowUp(Guid FollowUpId, long ExpectedVersion, Func<FollowUp, DateOnly, Outcome<object>> Decide) : ICommand<Outcome<FollowUpResponse>>;

internal sealed class ChangeFollowUpHandler(IDocumentSession session, TimeProvider time) : ICommandHandler<ChangeFollowUp, Outcome<FollowUpResponse>>
{
    public async ValueTask<Outcome<FollowUpResponse>> Handle(ChangeFollowUp command, CancellationToken cancellationToken)
    {
        var today = SwedishTime.Today(time);
        var changed = await session.DecideAndAppendAsync<FollowUp>(
            command.FollowUpId, command.ExpectedVersion,
            GetFollowUpEndpoint.NotFound,
            new DomainError("follow-up.version-stale", CompaniesTexts.FollowUpVersionStale, StatusCodes.Status412PreconditionFailed),
            followUp => command.Decide(followUp, today),
            cancellationToken);
        return changed.Error is { } error
            ? error
            : await GetFollowUpHandler.ResponseAsync(session, changed.Value.Aggregate, changed.Value.Version, today, cancellationToken);
    }
}

internal static class ChangeFollowUpEndpoints
{
    public static void Map(IEndpointRouteBuilder followUps)
    {
        followUps.MapPut("/{followUpId:guid}", (Guid followUpId, UpdateFollowUpRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(followUpId, http, mediator, (followUp, _) => FollowUpDecisions.Update(followUp, request).Widen(), ct))
            .WithName("UpdateFollowUp")
            .WithSummary("Ändra en uppföljning")
            .WithDescription("Behov, kategori och förfallodag. Kräver If-Match med den version ändringen bygger på; en stängd uppföljning ändras inte (409).");
        followUps.MapPost("/{followUpId:guid}/reassign", (Guid followUpId, ReassignFollowUpRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(followUpId, http, mediator, (followUp, _) => FollowUpDecisions.Reassign(followUp, request).Widen(), ct))
            .WithName("ReassignFollowUp")
            .WithSummary("Byt ansvarig för en uppföljning")
            .WithDescription("owner: den nya ansvariga tjänstepersonen, helst användarnamnet. Kräver If-Match.");
        followUps.MapPost("/{followUpId:guid}/resolve", (Guid followUpId, ResolveFollowUpRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(followUpId, http, mediator, (followUp, today) => FollowUpDecisions.Resolve(followUp, request, today).Widen(), ct))
            .WithName("ResolveFollowUp")
            .WithSummary("Markera en uppföljning som åtgärdad")
            .WithDescription("outcome (utfallet) och resolvedOn (standard i dag). Uppföljningen väntar sedan på återkoppling till företaget. Kräver If-Match.");
        followUps.MapPost("/{followUpId:guid}/feedback", (Guid followUpId, GiveFeedbackRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(followUpId, http, mediator, (followUp, today) => FollowUpDecisions.GiveFeedback(followUp, request, today), ct))
            .WithName("GiveFollowUpFeedback")
            .WithSummary("Registrera återkoppling till företaget")
            .WithDescription("givenOn (dagen företaget fick återkoppling, inte i framtiden) och note (hur och vad). En uppföljning som väntar på återkoppling stängs därmed. Kräver If-Match.");
        followUps.MapPost("/{followUpId:guid}/close", (Guid followUpId, CloseFollowUpRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(followUpId, http, mediator, (followUp, today) => FollowUpDecisions.Close(followUp, request, today).Widen(), ct))
            .WithName("CloseFollowUp")
            .WithSummary("Stäng en uppföljning")
            .WithDescription("outcome (krävs om den inte åtgärdats med ett utfall), closedOn (standard i dag), feedbackOn och feedback (krävs om företaget inte redan fått återkoppling). Kräver If-Match.");
        followUps.MapPost("/{followUpId:guid}/reopen", (Guid followUpId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(followUpId, http, mediator, (followUp, today) => FollowUpDecisions.Reopen(followUp, today).Widen(), ct))
            .WithName("ReopenFollowUp")
            .WithSummary("Öppna en uppföljning igen")
            .WithDescription("En stängd eller åtgärdad uppföljning öppnas igen; att stänga den på nytt kräver nytt utfall och ny återkoppling. Kräver If-Match.");
    }

    private static Task<Results<Ok<FollowUpResponse>, ProblemHttpResult>> SendAsync(
        Guid followUpId, HttpContext http, IMediator mediator, Func<FollowUp, DateOnly, Outcome<object>> decide, CancellationToken ct) =>
        VersionedResults.ChangeAsync(
            http,
            new DomainError("follow-up.version-required", CompaniesTexts.FollowUpVersionRequired, StatusCodes.Status428PreconditionRequired),
            expectedVersion => mediator.Send(new ChangeFollowUp(followUpId, expectedVersion, decide), ct));
}
