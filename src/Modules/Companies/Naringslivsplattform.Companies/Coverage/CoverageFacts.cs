using Naringslivsplattform.Companies.Companies;
using Naringslivsplattform.Companies.Visits;

namespace Naringslivsplattform.Companies.Coverage;

/// <summary>What coverage needs of a company: no contacts, no organisation number.</summary>
/// <param name="Sections">The SNI sections of its codes, each once.</param>
/// <param name="LastVisit">The day of its latest completed visit when known without the visits (<see cref="CompanyLastVisit"/>); null otherwise.</param>
internal sealed record CoverageCompany(Guid Id, string Name, string Locality, IReadOnlyList<string> Sections, DateOnly? LastVisit = null);

/// <summary>What coverage needs of a visit: whose, where, when, its status and the roles of who went (not their names).</summary>
/// <param name="Locality">The company's locality when the visit was planned: where the visit took place.</param>
internal sealed record CoverageVisit(Guid CompanyId, string Locality, VisitStatus Status, DateOnly Date, IReadOnlyList<VisitorRole> Roles);

/// <summary>
/// The register and the completed visits of some years as the read models hold them now, each selecting only the fields
/// coverage needs (no contacts, no answers, no notes). Visits are read by the index on their day, so a year costs what
/// its visits do, whatever the years before it hold; the register is read whole (its figures are per company), with each
/// company's latest visit day from <see cref="CompanyLastVisit"/>.
/// </summary>
internal static class CoverageReads
{
    public static async Task<IReadOnlyList<CoverageCompany>> CompaniesAsync(IQuerySession session, CancellationToken cancellationToken)
    {
        var companies = await session.Query<Company>().Select(c => new { c.Id, c.Name, c.Locality, c.SniCodes }).ToListAsync(cancellationToken);
        var lastVisits = (await session.Query<CompanyLastVisit>().ToListAsync(cancellationToken)).ToDictionary(v => v.Id, v => v.Day);
        return [.. companies.Select(c => new CoverageCompany(
            c.Id, c.Name, c.Locality, [.. c.SniCodes.Select(s => s.Section).Distinct()], lastVisits.TryGetValue(c.Id, out var day) ? day : null))];
    }

    /// <summary>The visits completed in <paramref name="firstYear"/> to <paramref name="lastYear"/>.</summary>
    public static async Task<IReadOnlyList<CoverageVisit>> CompletedVisitsAsync(IQuerySession session, int firstYear, int lastYear, CancellationToken cancellationToken)
    {
        var (from, to) = (new DateOnly(firstYear, 1, 1), new DateOnly(lastYear, 12, 31));
        var visits = await session.Query<CompanyVisit>()
            .Where(v => v.Status == VisitStatus.Completed && v.HeldOn >= from && v.HeldOn <= to)
            .Select(v => new { v.CompanyId, v.Locality, v.Status, v.HeldOn, v.Visitors })
            .ToListAsync(cancellationToken);
        return [.. visits.Select(v => new CoverageVisit(v.CompanyId, v.Locality, v.Status, v.HeldOn!.Value, [.. v.Visitors.Select(visitor => visitor.Role).Distinct()]))];
    }
}
