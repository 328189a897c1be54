using Naringslivsplattform.Companies.Contracts;

namespace Naringslivsplattform.Companies.Ties;

/// <summary>One thing another module ties the company to: a cluster, an industry council, a UF company it mentors.</summary>
/// <param name="Kind">A key from <see cref="CompanyTieKinds"/>.</param>
internal sealed record CompanyTie(Guid HolderId, string Kind, string HolderName, string Link);

/// <summary>
/// What other modules tie a company to, kept by the Companies module from their <see cref="CompanyTied"/> and
/// <see cref="CompanyUntied"/> messages (its own document: no module writes another's). Id is the company's id.
/// </summary>
internal sealed record CompanyTies(Guid Id, IReadOnlyList<CompanyTie> Ties)
{
    /// <summary>Adds the tie, or replaces the one to the same holder (a renamed holder sends it again).</summary>
    public CompanyTies With(CompanyTie tie) => this with { Ties = [.. Ties.Where(t => t.HolderId != tie.HolderId), tie] };

    public CompanyTies Without(Guid holderId) => this with { Ties = [.. Ties.Where(t => t.HolderId != holderId)] };
}
