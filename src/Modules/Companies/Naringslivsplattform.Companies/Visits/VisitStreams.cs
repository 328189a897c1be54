using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.Companies.Visits;

/// <summary>What every slice of a visit's stream shares: how a change to it is refused, and what keyed plans of it are derived from.</summary>
internal static class VisitStreams
{
    public static readonly StreamErrors Errors =
        StreamErrors.For("visit", CompaniesTexts.VisitNotFound, CompaniesTexts.VisitVersionStale, CompaniesTexts.VisitVersionRequired);

    /// <summary>The kind of stream in keyed visit ids (ADR 0007); never change it, or retries stop finding their visit.</summary>
    public static readonly Guid Kind = new("0f6e5b1c-7a2d-4c3e-9b8f-1d2e3a4b5c63");
}
