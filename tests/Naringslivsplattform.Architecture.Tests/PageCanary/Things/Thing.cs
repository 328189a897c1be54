namespace Naringslivsplattform.Architecture.Tests.PageCanary.Things;

internal sealed record ThingMade(Guid Id);

internal sealed record ThingRenamed(string Name);

/// <summary>An aggregate as the rule knows one: public static Create returning it, public Apply.</summary>
internal sealed record Thing(Guid Id, string Name)
{
    public static Thing Create(ThingMade made) => new(made.Id, "");

    public Thing Apply(ThingRenamed renamed) => this with { Name = renamed.Name };
}

internal static class ThingRules
{
    public const int MaxNameLength = 10;

    public static ThingRenamed? Rename(Thing thing, string name) => name.Length <= MaxNameLength && name != thing.Name ? new ThingRenamed(name) : null;
}

/// <summary>A command that carries its decision as a function, as the rule forbids.</summary>
internal sealed record ChangeThing(Guid Id, Func<Thing, ThingRenamed?> Decide) : Mediator.ICommand<bool>;
