using JasperFx.Events;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Wolverine.Marten;
using Wolverine.Marten.Subscriptions;

namespace Naringslivsplattform.BuildingBlocks.Messaging;

/// <summary>
/// Turns a module's own events into messages for other modules' Wolverine handlers. The relay is a Marten event
/// subscription, so it runs in the async daemon in strict order and picks up where it stopped after a restart; handlers
/// must therefore accept a message twice.
/// </summary>
public static class EventRelays
{
    /// <param name="name">The subscription's name, unique in the store; keep it once events have been relayed under it.</param>
    public static IServiceCollection RelayEvents(this IServiceCollection services, string name, Action<EventRelay> configure) =>
        services.PublishEventsToWolverine(name, relay => configure(new EventRelay(relay)));
}

/// <summary>Which events a relay takes and the messages each becomes.</summary>
public sealed class EventRelay(IPublishingRelay relay)
{
    /// <summary>Publishes the messages <paramref name="messages"/> makes of each <typeparamref name="TEvent"/>, for the event's municipality.</summary>
    public EventRelay Publish<TEvent>(Func<TEvent, IEnumerable<object>> messages)
        where TEvent : notnull
    {
        relay.PublishEvent<TEvent>(async (e, bus) =>
        {
            foreach (var message in messages(e.Data))
            {
                await bus.PublishAsync(message, new DeliveryOptions { TenantId = e.TenantId });
            }
        });
        return this;
    }
}
