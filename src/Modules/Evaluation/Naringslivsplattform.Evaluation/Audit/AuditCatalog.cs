using System.Globalization;
using Naringslivsplattform.BuildingBlocks.Modules;

namespace Naringslivsplattform.Evaluation.Audit;

/// <summary>A module of the audit: its stable name (the filter value) and its Swedish name.</summary>
internal sealed record AuditModule(string Name, string Title);

/// <summary>An event type the store knows and the module whose assembly defines it (null when no module does).</summary>
internal sealed record AuditEventType(string Name, string? Module);

/// <summary>
/// Which module each event type the store knows belongs to: the module whose assembly defines the event's .NET type.
/// Built once from Marten's known event types and the Host's modules, so a new module's events are found without a list here.
/// </summary>
internal sealed class AuditCatalog
{
    private readonly IReadOnlyList<IModule> _modules;
    private readonly Dictionary<string, AuditEventType> _eventTypes;

    public AuditCatalog(IDocumentStore store, IReadOnlyList<IModule> modules)
    {
        _modules = modules;
        _eventTypes = store.Options.Events.AllKnownEventTypes()
            .Select(t => new AuditEventType(t.EventTypeName, ModuleOf(t.EventType)?.Name))
            .DistinctBy(t => t.Name)
            .ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
        Modules = [.. modules.Select(m => new AuditModule(m.Name, TitleOf(m.Name)))];
    }

    public IReadOnlyList<AuditModule> Modules { get; }

    public AuditEventType? EventType(string name) => _eventTypes.GetValueOrDefault(name);

    public AuditModule? Module(string name) => Modules.FirstOrDefault(m => m.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    public IReadOnlyList<string> EventTypesOf(AuditModule module) =>
        [.. _eventTypes.Values.Where(t => t.Module == module.Name).Select(t => t.Name)];

    /// <summary>The module whose assembly defines <paramref name="type"/>: an event's or an aggregate's.</summary>
    public IModule? ModuleOf(Type? type) => type is null ? null : _modules.FirstOrDefault(m => m.GetType().Assembly == type.Assembly);

    /// <summary>The module's Swedish name from the resources (<c>Module{Name}</c>), or its stable name for a module without one.</summary>
    public static string TitleOf(string? module) =>
        module is null ? AuditTexts.NoModule : AuditTexts.ResourceManager.GetString($"Module{module}", SwedishFormat.Culture) ?? module;
}
