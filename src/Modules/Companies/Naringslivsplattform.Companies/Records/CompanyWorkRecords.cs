using Naringslivsplattform.BuildingBlocks.Reference;
using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.Companies.Contracts;
using Naringslivsplattform.Companies.Coverage;

namespace Naringslivsplattform.Companies.Records;

/// <summary>
/// The year's work with companies for the annual evaluation, from the events appended up to an instant only: the
/// snapshots hold just the latest state, so a past instant is the register, visits and follow-ups refolded. The visit
/// figures are the coverage page's own calculation, so the evaluation and the page agree.
/// </summary>
internal sealed class CompanyWorkRecords(IQuerySession session) : ICompanyWorkRecords
{
    public async Task<IReadOnlyList<CompanyWorkYear>> ReadYearsAsync(IReadOnlyCollection<int> years, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var streams = await CompanyStreamsAsOf.ReadAsync(session, until, cancellationToken);
        var today = SwedishTime.DayOf(until);
        CoverageCompany[] companies = [.. streams.Companies.Select(c => new CoverageCompany(c.Id, c.Name, c.Locality, [.. c.SniCodes.Select(s => s.Section).Distinct()]))];
        CoverageVisit[] visits = [.. streams.Visits.Select(v => new CoverageVisit(v.CompanyId, v.Locality, v.Status, v.Date, [.. v.Visitors.Select(visitor => visitor.Role).Distinct()]))];
        var localities = Localities.Of(session.TenantId);
        return [.. years.Select(year =>
        {
            var coverage = VisitCoverage.Calculate(companies, visits, localities, year, today);
            return new CompanyWorkYear(
                year,
                coverage.Total.Companies,
                coverage.Total.CompaniesVisited,
                coverage.Total.Visits,
                coverage.Roles.WithPolitician,
                [.. coverage.Sections.Select(s => new SectionReach(s.Section, s.Name, s.Figures.Companies, s.Figures.CompaniesVisited, s.Figures.Visits))],
                FollowUpYear.Calculate(streams.FollowUps, year, today));
        })];
    }
}
