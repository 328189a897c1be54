using JasperFx.Events.Daemon;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.Companies.Contracts;
using Wolverine.Runtime;

namespace Naringslivsplattform.Companies.Ties;

/// <summary>
/// The company ties are no projection: other modules' relays (ADR 0012) publish CompanyTied/CompanyUntied and
/// <see cref="CompanyTiesHandler"/> keeps one document per company. They are rebuilt the only way they were made: the
/// documents are deleted, the relays rewound to the first event, and the rebuild waits until the relays have caught up
/// and every relayed message has been handled.
/// </summary>
internal sealed class CompanyTiesRebuild(IDocumentStore store, IProjectionCoordinator coordinator, IWolverineRuntime wolverine) : IRebuildableReadModel
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    public string Name => CompaniesTexts.TiesReadModel;

    /// <summary>Only the ties' relays, found by their names' rule: another subscription may send messages out of the platform and must never see its events twice.</summary>
    private IReadOnlyList<string> RelayNames() =>
        [.. ((StoreOptions)store.Options).Projections.AllShards().Select(s => s.Name.Name).Distinct().Where(n => n.EndsWith(CompanyTieRelays.Suffix, StringComparison.Ordinal))];

    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        var daemon = coordinator.DaemonForMainDatabase();
        await store.Advanced.Clean.DeleteDocumentsByTypeAsync(typeof(CompanyTies), cancellationToken);
        foreach (var relay in RelayNames())
        {
            await daemon.RewindSubscriptionAsync(relay, cancellationToken, sequenceFloor: 0);
        }

        await daemon.WaitForNonStaleData(Patience);
        await WaitUntilHandledAsync(cancellationToken);
    }

    /// <summary>The relays have published every message once they are caught up; the durable local queue may still hold some.</summary>
    private async Task WaitUntilHandledAsync(CancellationToken cancellationToken)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        patience.CancelAfter(Patience);
        while ((await wolverine.Storage.Admin.FetchCountsAsync()).Incoming > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), patience.Token);
        }
    }
}
