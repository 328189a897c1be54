using Microsoft.Extensions.DependencyInjection;

namespace Naringslivsplattform.BuildingBlocks.History;

/// <summary>One feature's events, each with the Swedish sentence the history shows for it.</summary>
public sealed class EventDescriptionTable : IEventDescriptions
{
    private readonly Dictionary<Type, Func<object, string>> _byType = [];

    /// <summary>The event types described here.</summary>
    public IReadOnlyCollection<Type> EventTypes => _byType.Keys;

    public EventDescriptionTable Describe<TEvent>(Func<TEvent, string> describe)
    {
        _byType.Add(typeof(TEvent), data => describe((TEvent)data));
        return this;
    }

    public string? Describe(object data) => _byType.TryGetValue(data.GetType(), out var describe) ? describe(data) : null;
}

public static class EventDescriptionRegistration
{
    /// <summary>Registers a feature's descriptions of its own events for every history and the audit log.</summary>
    public static IServiceCollection DescribeEvents(this IServiceCollection services, Action<EventDescriptionTable> describe)
    {
        var table = new EventDescriptionTable();
        describe(table);
        return services.AddSingleton<IEventDescriptions>(table);
    }
}
