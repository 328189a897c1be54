using JasperFx.Events;
using Marten;
using Marten.Events;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Modules;

namespace Naringslivsplattform.TestSupport;

/// <summary>
/// A module's event store as the Host configures it, without a database: folding is Marten's aggregator over events in
/// memory (nothing connects until a query runs), so given-events tests fold exactly as the snapshots and "as of" reads do.
/// </summary>
public sealed class MartenFold
{
    private readonly DocumentStore _store;

    public MartenFold(IModule module)
    {
        _store = DocumentStore.For(options =>
        {
            options.Connection("Host=127.0.0.1;Port=1;Database=never-opened");
            module.ConfigureEventStore(options);
        });
        Session = _store.QuerySession();
    }

    public IQuerySession Session { get; }

    /// <summary>An event of one stream, as the store would hand it back.</summary>
    public IEvent Event(Guid streamId, object data)
    {
        var wrapped = ((EventGraph)_store.Options.Events).BuildEvent(data);
        wrapped.StreamId = streamId;
        return wrapped;
    }

    /// <summary>The state <paramref name="events"/> (of one stream, in order) make from <paramref name="state"/>; null when they make none.</summary>
    public T? Fold<T>(T? state, IEnumerable<object> events, Guid streamId = default)
        where T : class =>
        Session.AggregatorFor<T>().BuildAsync([.. events.Select(e => Event(streamId, e))], Session, state!, CancellationToken.None).AsTask().GetAwaiter().GetResult();
}
