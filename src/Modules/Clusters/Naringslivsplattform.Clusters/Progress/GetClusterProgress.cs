using Naringslivsplattform.BuildingBlocks.Texts;
using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.Clusters.Meetings;
using Naringslivsplattform.Clusters.MicroClusters;

namespace Naringslivsplattform.Clusters.Progress;

internal sealed record GetClusterProgress(int Year) : IQuery<ClusterProgressReport>
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    /// <summary>The year asked for (this year in Swedish time when none is), or why it cannot be read.</summary>
    public static Outcome<int> ReadYear(int? year, TimeProvider time) =>
        year switch
        {
            null => SwedishTime.Today(time).Year,
            >= MinYear and <= MaxYear => year.Value,
            _ => new DomainError("cluster-progress.year-invalid", SwedishFormat.Format(ClustersTexts.ProgressYearInvalid, MinYear, MaxYear)),
        };
}

internal sealed class GetClusterProgressHandler(IQuerySession session) : IQueryHandler<GetClusterProgress, ClusterProgressReport>
{
    /// <summary>A municipality has a handful of clusters and a few meetings each a year, so all are read and counted in memory.</summary>
    public async ValueTask<ClusterProgressReport> Handle(GetClusterProgress query, CancellationToken cancellationToken)
    {
        var clusters = await session.Query<MicroCluster>().ToListAsync(cancellationToken);
        var meetings = await session.Query<ClusterMeeting>().ToListAsync(cancellationToken);
        return ClusterProgress.Calculate([.. clusters], [.. meetings], query.Year);
    }
}

internal static class GetClusterProgressEndpoint
{
    public static void Map(IEndpointRouteBuilder clusters) =>
        clusters.MapGet("/progress", async Task<Results<Ok<ClusterProgressReport>, ProblemHttpResult>> (int? year, IMediator mediator, TimeProvider time, CancellationToken ct) =>
            {
                var read = GetClusterProgress.ReadYear(year, time);
                return read.Error is { } invalid ? invalid.ToProblem() : TypedResults.Ok(await mediator.Send(new GetClusterProgress(read.Value), ct));
            })
            .WithName("GetClusterProgress")
            .WithSummary("Mikroklustrens framsteg under ett år")
            .WithDescription("Per kluster: mötesönskemål som kom in, möten som hölls och önskemål som avböjdes under året (year, standard i år), och senast hållna möte. Dessutom hur årets hållna möten fördelar sig på tätorten, fjälldalarna och landsbygden, efter orten där de hölls.");
}
