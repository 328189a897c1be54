namespace Naringslivsplattform.BuildingBlocks.EventStore;

/// <summary>
/// A read model a module keeps by other means than a Marten projection (e.g. a Wolverine handler fed by relays), which
/// only that module knows how to make again from the events. The read-model rebuild (ADR 0013) finds the projections
/// in the store's options and these in the container, and runs each after the projections.
/// </summary>
public interface IRebuildableReadModel
{
    /// <summary>What the rebuild's progress calls it, in Swedish.</summary>
    string Name { get; }

    /// <summary>Empties the read model and makes it again from every event; returns when it has caught up.</summary>
    Task RebuildAsync(CancellationToken cancellationToken);
}
