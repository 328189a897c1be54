namespace Naringslivsplattform.Companies.Contracts;

/// <summary>How another module ties a company to something it owns; the company page groups ties by these.</summary>
public static class CompanyTieKinds
{
    /// <summary>A member of a micro-cluster.</summary>
    public const string ClusterMembership = "ClusterMembership";

    /// <summary>A seat on an upper-secondary programme's industry council.</summary>
    public const string IndustryCouncilSeat = "IndustryCouncilSeat";

    /// <summary>The mentor company of a UF company.</summary>
    public const string StudentCompanyMentor = "StudentCompanyMentor";

    public static readonly IReadOnlyList<string> All = [ClusterMembership, IndustryCouncilSeat, StudentCompanyMentor];
}

/// <summary>
/// The relays (Marten event subscriptions, ADR 0012) that send the messages below are named by this rule, so the Companies
/// module can rewind exactly them when it rebuilds the ties, and never another subscription that sends messages elsewhere.
/// </summary>
public static class CompanyTieRelays
{
    public const string Suffix = "company-ties";

    /// <param name="module">The sending module, e.g. "schools"; the name must stay the same once events were relayed under it.</param>
    public static string NameFor(string module) => $"{module}-{Suffix}";
}

/// <summary>
/// A Wolverine message: the company is now tied to <paramref name="HolderId"/> (a cluster, an industry council, a UF
/// company). Sent again when the holder is renamed; handling it twice changes nothing.
/// </summary>
/// <param name="TieKind">A key from <see cref="CompanyTieKinds"/>.</param>
/// <param name="HolderName">What the company page shows, e.g. "Kittelfjäll".</param>
/// <param name="Link">The holder's admin UI page, relative to the app's base.</param>
public sealed record CompanyTied(Guid CompanyId, Guid HolderId, string TieKind, string HolderName, string Link);

/// <summary>A Wolverine message: the company is no longer tied to <paramref name="HolderId"/>. Handling it twice changes nothing.</summary>
public sealed record CompanyUntied(Guid CompanyId, Guid HolderId);
