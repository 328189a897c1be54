using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.Schools.Schools;

namespace Naringslivsplattform.Schools.IndustryCouncils;

internal sealed record StartIndustryCouncilRequest(Guid? SchoolId, Guid? ProgrammeId);

/// <param name="IdempotencyKey">When given, a retry with the same key and request gets the council the first request started.</param>
internal sealed record StartIndustryCouncil(StartIndustryCouncilRequest Request, string? IdempotencyKey = null) : ICommand<Outcome<Started<IndustryCouncilResponse>>>;

internal sealed class StartIndustryCouncilHandler(IDocumentSession session, OperationContext operation)
    : ICommandHandler<StartIndustryCouncil, Outcome<Started<IndustryCouncilResponse>>>
{
    public async ValueTask<Outcome<Started<IndustryCouncilResponse>>> Handle(StartIndustryCouncil command, CancellationToken cancellationToken)
    {
        var school = command.Request.SchoolId is { } schoolId ? await session.LoadAsync<School>(schoolId, cancellationToken) : null;
        var request = IdempotencyKeys.StreamFor(session, operation, IndustryCouncilStreams.Kind, command.IdempotencyKey);
        var decision = IndustryCouncilRules.Start(command.Request, school, request.Id);
        if (decision.Value is not { } first)
        {
            return decision.Error!;
        }

        // A key names one request: sent again for another programme, it is a reused key, not a second council.
        if (request.Keyed && await session.Events.QueryRawEventDataOnly<IndustryCouncilStarted>()
                .AnyAsync(e => e.RequestId == request.Id && e.CouncilId != first.CouncilId, cancellationToken))
        {
            return IdempotencyKeys.Reused;
        }

        // A programme has one council, whose stream id is the programme's: a council already there began with this
        // request's own event (a retry, answered with the council) or with another request's (a second council).
        var started = await session.StartOnceAsync<IndustryCouncil, IndustryCouncilStarted>(new StreamToStart(first.CouncilId, Keyed: true), _ => first, cancellationToken);
        return started.Error == IdempotencyKeys.Reused
            ? IndustryCouncilRules.Duplicate(first.ProgrammeName)
            : started.Map(council => council.Select(IndustryCouncilResponse.Of));
    }
}

internal static class StartIndustryCouncilEndpoint
{
    public static void Map(IEndpointRouteBuilder councils) =>
        councils.MapPost("/", (StartIndustryCouncilRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.CreateAsync(http, "/api/v1/industry-councils", key => mediator.Send(new StartIndustryCouncil(request, key), ct)))
            .WithName("StartIndustryCouncil")
            .WithSummary("Starta ett branschråd")
            .WithDescription("Branschrådet för ett gymnasieprogram (schoolId och programmeId från skolan). Ett program har ett branschråd: ett andra ger 409 industry-council.duplicate. Svaret har rådets version i ETag. Med rubriken Idempotency-Key ger ett upprepat anrop samma råd (Idempotent-Replayed: true).");
}
