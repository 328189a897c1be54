namespace Naringslivsplattform.YoungEnterprise.UfEvents;

/// <summary>What every slice of a UF event's stream shares: how a change to it is refused, and what keyed creates of it are derived from.</summary>
internal static class UfEventStreams
{
    public static readonly StreamErrors Errors =
        StreamErrors.For("uf-event", YoungEnterpriseTexts.UfEventNotFound, YoungEnterpriseTexts.UfEventVersionStale, YoungEnterpriseTexts.UfEventVersionRequired);

    /// <summary>The kind of stream in keyed UF event ids (ADR 0007); never change it, or retries stop finding their event.</summary>
    public static readonly Guid Kind = new("8a5e2f1b-4c7d-4e93-a1b6-2f0c9d3e2462");
}
