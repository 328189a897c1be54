using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.Companies.FollowUps;

/// <summary>What every slice of a follow-up's stream shares: how a change to it is refused, and what keyed opens of it are derived from.</summary>
internal static class FollowUpStreams
{
    public static readonly StreamErrors Errors =
        StreamErrors.For("follow-up", CompaniesTexts.FollowUpNotFound, CompaniesTexts.FollowUpVersionStale, CompaniesTexts.FollowUpVersionRequired);

    /// <summary>The kind of stream in keyed follow-up ids (ADR 0007); never change it, or retries stop finding their follow-up.</summary>
    public static readonly Guid Kind = new("0f9a3c51-7d2e-4b6a-8e14-5c3b9d0a7f21");
}
