using Naringslivsplattform.Architecture.Tests.PageCanary.Things;

namespace Naringslivsplattform.Architecture.Tests.PageCanary.Ui;

/// <summary>A page that decides for itself, in a lambda, as the rule forbids; reading the limit and typeof are allowed.</summary>
internal sealed class ThingPage(Guid id)
{
    public Type History => id == Guid.Empty ? typeof(Thing) : typeof(object);

    public int MaxLength => id == Guid.Empty ? 0 : ThingRules.MaxNameLength;

    public ChangeThing Rename(string name) => new(id, thing => ThingRules.Rename(thing, name));

    public string NameOf(Thing thing) => id == Guid.Empty ? "" : thing.Name;
}
