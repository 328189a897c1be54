using JasperFx.Events;
using JasperFx.Events.Aggregation;
using Marten;

namespace Naringslivsplattform.BuildingBlocks.EventStore;

/// <summary>
/// Marten's own fold of an aggregate (its generated Create/Apply dispatch), so every place that folds events — the inline
/// snapshot, a write's answer, a state as of an instant — applies exactly the same events the same way.
/// </summary>
public static class Aggregators
{
    public static IAggregator<T, IQuerySession> AggregatorFor<T>(this IQuerySession session)
        where T : class =>
        ((StoreOptions)session.DocumentStore.Options).Projections.AggregatorFor<T>();

    /// <summary>
    /// Many streams as they were after a slice of raw events (in append order), in one query's worth of events: the read
    /// models hold only the latest state. One state per stream whose events made one.
    /// </summary>
    public static async Task<IReadOnlyList<T>> FoldStreamsAsync<T>(this IQuerySession session, IEnumerable<IEvent> events, CancellationToken cancellationToken)
        where T : class
    {
        var aggregator = session.AggregatorFor<T>();
        var states = new List<T>();
        foreach (var stream in events.GroupBy(e => e.StreamId))
        {
            if (await aggregator.BuildAsync([.. stream], session, null!, cancellationToken) is { } state)
            {
                states.Add(state);
            }
        }

        return states;
    }
}
