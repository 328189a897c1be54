using Marten.Events;
using Marten.Schema;

namespace Naringslivsplattform.ProcessPlan.Plans;

/// <summary>
/// Renames the stream type of plan streams started before the aggregate was renamed from ProcessPlan to <see cref="Plan"/>.
/// Marten records a stream's type as its aggregate's alias (<c>process_plan</c>, now <c>plan</c>) and resolves it only by the
/// alias of a registered aggregate, with no way to map an old alias; an old plan stream would resolve to no aggregate, and
/// its history and "as of" reads would not find it. Marten runs this after applying the schema at every start; once a
/// database is upgraded it changes nothing.
/// </summary>
internal sealed class PlanStreamTypeUpgrade : IInitialData
{
    public async Task Populate(IDocumentStore store, CancellationToken cancellation)
    {
        var events = (EventGraph)((StoreOptions)store.Options).Events;
        await using var session = store.LightweightSession();
        session.QueueSqlCommand(
            $"update {events.DatabaseSchemaName}.mt_streams set type = ? where type = ?", events.AggregateAliasFor(typeof(Plan)), PlanStreams.FormerStreamType);
        await session.SaveChangesAsync(cancellation);
    }
}
