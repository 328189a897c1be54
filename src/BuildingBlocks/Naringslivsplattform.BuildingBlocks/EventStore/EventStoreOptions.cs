namespace Naringslivsplattform.BuildingBlocks.EventStore;

public sealed class EventStoreOptions
{
    public const string ConnectionStringName = "EventStore";
    public const string SchemaName = "naringsliv";
    public const string EventsSchemaName = "naringsliv_events";
}
