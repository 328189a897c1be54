using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.Http;

namespace Naringslivsplattform.BuildingBlocks.History;

/// <summary>The <c>/{id}/history</c> resource of a stream, the same for every module.</summary>
public static class StreamHistoryEndpoints
{
    private const string Description =
        "Varje händelse i strömmen i ordning: version, global sekvens, händelsetyp, beskrivning på svenska, tidpunkt, användare, korrelations-id och händelsens data.";

    /// <param name="idParameter">The route parameter naming the stream, e.g. <c>visitId</c>.</param>
    public static RouteHandlerBuilder MapHistory(this IEndpointRouteBuilder group, string idParameter, Type aggregateType, DomainError notFound, string name, string summary) =>
        group.MapGet($"/{{{idParameter}:guid}}/history", async Task<Results<Ok<IReadOnlyList<HistoryEntry>>, ProblemHttpResult>> (
                HttpContext http, IQuerySession session, IEnumerable<IEventDescriptions> descriptions, CancellationToken ct) =>
                Guid.TryParse(http.Request.RouteValues[idParameter]?.ToString(), out var streamId)
                && await StreamHistory.ReadAsync(session, streamId, aggregateType, descriptions, ct) is { } history
                    ? TypedResults.Ok(history)
                    : notFound.ToProblem())
            .WithName(name)
            .WithSummary(summary)
            .WithDescription(Description);
}
