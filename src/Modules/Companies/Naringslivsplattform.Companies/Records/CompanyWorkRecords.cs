using Naringslivsplattform.BuildingBlocks.Reference;
using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.Companies.Contracts;
using Naringslivsplattform.Companies.Coverage;
using Naringslivsplattform.Companies.FollowUps;

namespace Naringslivsplattform.Companies.Records;

/// <summary>
/// The year's work with companies for the annual evaluation. Now: the register, the years' completed visits (by their
/// day's index) and the follow-ups any of the years' figures can count, from the read models. At an earlier instant: the
/// register, visits and follow-ups refolded from the events up to it (the snapshots hold only the latest state). The visit
/// figures are the coverage page's own calculation and the follow-up figures <see cref="FollowUpYear"/>, both fed the same
/// kind of facts either way, so the evaluation, the page and an "as of today" agree.
/// </summary>
internal sealed class CompanyWorkRecords(IQuerySession session, TimeProvider time) : ICompanyWorkRecords
{
    public async Task<IReadOnlyList<CompanyWorkYear>> ReadYearsAsync(IReadOnlyCollection<int> years, DateTimeOffset? until, CancellationToken cancellationToken)
    {
        if (years.Count == 0)
        {
            return [];
        }

        var (companies, visits, followUps, today) = until is { } instant ? await AtAsync(instant, cancellationToken) : await NowAsync(years, cancellationToken);
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
                FollowUpYear.Calculate(followUps, year, today));
        })];
    }

    private async Task<(IReadOnlyList<CoverageCompany>, IReadOnlyList<CoverageVisit>, IReadOnlyList<FollowUpHistory>, DateOnly)> NowAsync(
        IReadOnlyCollection<int> years, CancellationToken cancellationToken)
    {
        var (first, last) = (years.Min(), years.Max());
        return (
            await CoverageReads.CompaniesAsync(session, cancellationToken),
            await CoverageReads.CompletedVisitsAsync(session, first, last, cancellationToken),
            await FollowUpYear.CountedInAsync(session, first, last, cancellationToken),
            SwedishTime.Today(time));
    }

    private async Task<(IReadOnlyList<CoverageCompany>, IReadOnlyList<CoverageVisit>, IReadOnlyList<FollowUpHistory>, DateOnly)> AtAsync(
        DateTimeOffset until, CancellationToken cancellationToken)
    {
        var streams = await CompanyStreamsAsOf.ReadAsync(session, until, cancellationToken);
        return (
            [.. streams.Companies.Select(c => new CoverageCompany(c.Id, c.Name, c.Locality, [.. c.SniCodes.Select(s => s.Section).Distinct()]))],
            [.. streams.Visits.Select(v => new CoverageVisit(v.CompanyId, v.Locality, v.Status, v.Date, [.. v.Visitors.Select(visitor => visitor.Role).Distinct()]))],
            streams.FollowUps,
            SwedishTime.DayOf(until));
    }
}
