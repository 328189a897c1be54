using JasperFx.Events.Daemon;
using Wolverine.Runtime;

namespace Naringslivsplattform.Evaluation.Rebuild;

/// <summary>
/// The company ties on the company page are no projection: other modules' relays (Marten event subscriptions, ADR 0012)
/// publish CompanyTied/CompanyUntied, and a Wolverine handler in Companies keeps one document per company. They are
/// rebuilt the only way they were made: the documents are deleted, the relays rewound to the first event, and the
/// rebuild waits until the relays have caught up and every relayed message has been handled.
/// </summary>
internal sealed class RelayedCompanyTies(IDocumentStore store, IProjectionCoordinator coordinator, IWolverineRuntime wolverine)
{
    /// <summary>The Companies module's document, found by its alias because the type is internal to that module.</summary>
    public const string DocumentAlias = "companyties";

    /// <summary>
    /// The relays that feed the ties end their names so (ADR 0012). Only they are rewound: any other subscription may
    /// send messages out of the platform, and must never see its events twice because of a rebuild.
    /// </summary>
    public const string RelaySuffix = "company-ties";

    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    public IReadOnlyList<string> RelayNames() =>
        [.. ((StoreOptions)store.Options).Projections.AllShards().Select(s => s.Name.Name).Distinct().Where(n => n.EndsWith(RelaySuffix, StringComparison.Ordinal))];

    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        var document = store.Options.AllKnownDocumentTypes().SingleOrDefault(d => d.Alias == DocumentAlias)
            ?? throw new InvalidOperationException($"The store has no '{DocumentAlias}' documents: has the Companies module renamed them?");
        var daemon = coordinator.DaemonForMainDatabase();
        await store.Advanced.Clean.DeleteDocumentsByTypeAsync(document.DocumentType, cancellationToken);
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
