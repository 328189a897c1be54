using Marten;
using Marten.Exceptions;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.Schools.Schools;
using Naringslivsplattform.Schools.Streams;

namespace Naringslivsplattform.Schools.IndustryCouncils;

internal sealed record StartIndustryCouncil(StartIndustryCouncilRequest Request, string? IdempotencyKey = null) : ICommand<Outcome<IndustryCouncilResponse>>;

internal sealed class StartIndustryCouncilHandler(IDocumentSession session, OperationContext operation)
    : ICommandHandler<StartIndustryCouncil, Outcome<IndustryCouncilResponse>>
{
    /// <summary>What keyed starts are told apart under; the caller's municipality is part of the caller.</summary>
    private static readonly Guid StartScope = new("c41a7d2e-93b5-4f08-a6e1-5d0b8c7f2e94");

    public async ValueTask<Outcome<IndustryCouncilResponse>> Handle(StartIndustryCouncil command, CancellationToken cancellationToken)
    {
        var school = command.Request.SchoolId is { } schoolId ? await session.LoadAsync<School>(schoolId, cancellationToken) : null;
        var requestId = command.IdempotencyKey is null ? (Guid?)null : KeyedStarts.StreamIdFor(session, operation, StartScope, command.IdempotencyKey);
        var decision = IndustryCouncilDecisions.Start(command.Request, school, requestId);
        if (decision.Value is not { } started)
        {
            return decision.Error!;
        }

        if (await session.Events.FetchStreamStateAsync(started.CouncilId, cancellationToken) is null)
        {
            session.Events.StartStream<IndustryCouncil>(started.CouncilId, started);
            try
            {
                await session.SaveChangesAsync(cancellationToken);
                return IndustryCouncilResponse.Of(IndustryCouncil.Create(started), 1);
            }
            catch (ExistingStreamIdCollisionException)
            {
                // Another start for the same programme won the race; answer as if it had been there first.
            }
        }

        var first = (await session.Events.FetchStreamAsync(started.CouncilId, version: 1, token: cancellationToken))[0].Data;
        return requestId is not null && first is IndustryCouncilStarted { RequestId: var earlier } && earlier == requestId
               && await session.LoadWithVersionAsync<IndustryCouncil>(started.CouncilId, cancellationToken) is var (council, version)
            ? IndustryCouncilResponse.Of(council, version)
            : IndustryCouncilDecisions.Duplicate(started.ProgrammeName);
    }
}

internal static class StartIndustryCouncilEndpoint
{
    public static void Map(IEndpointRouteBuilder councils) =>
        councils.MapPost("/", (StartIndustryCouncilRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                KeyedStarts.CreatedAsync(http, "/api/v1/industry-councils", key => mediator.Send(new StartIndustryCouncil(request, key), ct)))
            .WithName("StartIndustryCouncil")
            .WithSummary("Starta ett branschråd")
            .WithDescription("Branschrådet för ett gymnasieprogram (schoolId och programmeId från skolan). Ett program har ett branschråd: ett andra ger 409 industry-council.duplicate. Svaret har rådets version i ETag. Med rubriken Idempotency-Key ger ett upprepat anrop samma råd.");
}
