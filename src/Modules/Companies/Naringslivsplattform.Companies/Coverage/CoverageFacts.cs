using Naringslivsplattform.Companies.Visits;

namespace Naringslivsplattform.Companies.Coverage;

/// <summary>What coverage needs of a company: no contacts, no organisation number.</summary>
/// <param name="Sections">The SNI sections of its codes, each once.</param>
internal sealed record CoverageCompany(Guid Id, string Name, string Locality, IReadOnlyList<string> Sections);

/// <summary>What coverage needs of a visit: whose, where, when, its status and the roles of who went (not their names).</summary>
/// <param name="Locality">The company's locality when the visit was planned: where the visit took place.</param>
internal sealed record CoverageVisit(Guid CompanyId, string Locality, VisitStatus Status, DateOnly Date, IReadOnlyList<VisitorRole> Roles);
