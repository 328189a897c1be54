namespace Naringslivsplattform.Schools.IndustryCouncils;

/// <summary>What every slice of a council's stream shares: how a change to it is refused, and what the requests that start one are told apart by.</summary>
internal static class IndustryCouncilStreams
{
    public static readonly StreamErrors Errors =
        StreamErrors.For("industry-council", SchoolsTexts.CouncilNotFound, SchoolsTexts.CouncilVersionStale, SchoolsTexts.CouncilVersionRequired);

    /// <summary>The kind in keyed request ids (ADR 0007); never change it, or retries stop finding their council.</summary>
    public static readonly Guid Kind = new("c41a7d2e-93b5-4f08-a6e1-5d0b8c7f2e94");
}
