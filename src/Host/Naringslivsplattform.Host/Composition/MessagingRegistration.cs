using Naringslivsplattform.BuildingBlocks.Modules;
using Wolverine;

namespace Naringslivsplattform.Host.Composition;

internal static class MessagingRegistration
{
    /// <summary>
    /// Wolverine for durable, asynchronous work across modules (outbox on the event store's database).
    /// In-process requests go through the source-generated mediator instead, so its handlers are kept
    /// out of Wolverine's discovery.
    /// </summary>
    public static void ConfigureMessaging(this WolverineOptions options, IReadOnlyList<IModule> modules)
    {
        // Explicit, because Wolverine otherwise pins whichever assembly started a host first in the process.
        options.ApplicationAssembly = typeof(MessagingRegistration).Assembly;
        foreach (var module in modules)
        {
            options.Discovery.IncludeAssembly(module.GetType().Assembly);
            module.ConfigureMessaging(options);
        }

        options.Discovery.CustomizeHandlerDiscovery(query => query.Excludes.WithCondition(
            "Mediator handlers",
            type => type.GetInterfaces().Any(i => i.Assembly == typeof(Mediator.IMediator).Assembly)));
        options.Policies.AutoApplyTransactions();
        options.Policies.UseDurableLocalQueues();
        options.EnableRelayOfUserName = true;
    }
}
