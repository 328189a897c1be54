using JasperFx.Events;

namespace Naringslivsplattform.BuildingBlocks.EventStore;

/// <summary>
/// Streams rebuilt from a slice of raw events (in append order), for reading many streams as they were at an instant in
/// one query: the read models hold only the latest state.
/// </summary>
public static class StreamsAsOf
{
    /// <param name="apply">The aggregate's own Create/Apply as one function; null state before the stream's first event.</param>
    /// <returns>One state per stream that <paramref name="apply"/> started.</returns>
    public static IReadOnlyList<T> Fold<T>(IEnumerable<IEvent> events, Func<T?, object, T?> apply)
        where T : class =>
        [.. events.GroupBy(e => e.StreamId).Select(stream => stream.Aggregate((T?)null, (state, e) => apply(state, e.Data))).OfType<T>()];
}
