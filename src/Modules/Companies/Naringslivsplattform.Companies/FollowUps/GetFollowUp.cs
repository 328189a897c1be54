using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.Companies.Companies;
using Naringslivsplattform.Companies.Resources;

namespace Naringslivsplattform.Companies.FollowUps;

/// <summary>A follow-up with its company's name and its current stream version; null when there is none.</summary>
internal sealed record GetFollowUp(Guid FollowUpId) : IQuery<FollowUpResponse?>;

internal sealed class GetFollowUpHandler(IQuerySession session, TimeProvider time) : IQueryHandler<GetFollowUp, FollowUpResponse?>
{
    public async ValueTask<FollowUpResponse?> Handle(GetFollowUp query, CancellationToken cancellationToken) =>
        await session.LoadWithVersionAsync<FollowUp>(query.FollowUpId, cancellationToken) is var (followUp, version)
            ? await ResponseAsync(session, followUp, version, SwedishTime.Today(time), cancellationToken)
            : null;

    public static async Task<FollowUpResponse> ResponseAsync(IQuerySession session, FollowUp followUp, long version, DateOnly today, CancellationToken cancellationToken)
    {
        var company = await session.LoadAsync<Company>(followUp.CompanyId, cancellationToken);
        return FollowUpResponse.Of(followUp, company?.Name, version, today);
    }
}

internal static class GetFollowUpEndpoint
{
    public static readonly DomainError NotFound = new("follow-up.not-found", CompaniesTexts.FollowUpNotFound, StatusCodes.Status404NotFound);

    public static void Map(IEndpointRouteBuilder followUps) =>
        followUps.MapGet("/{followUpId:guid}", async (Guid followUpId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                VersionedResults.Ok(http, await mediator.Send(new GetFollowUp(followUpId), ct) is { } followUp ? followUp : (Outcome<FollowUpResponse>)NotFound))
            .WithName("GetFollowUp")
            .WithSummary("En uppföljning")
            .WithDescription("Företagets behov, kategori, ansvarig, förfallodag, status (Open, AwaitingFeedback, Closed), om den är försenad, utfall och återkoppling; versionen i ETag används i If-Match vid ändringar.");
}
