using System.Globalization;
using Naringslivsplattform.BuildingBlocks.Reference;
using Naringslivsplattform.BuildingBlocks.Texts;
using Naringslivsplattform.Companies.Reference;
using Naringslivsplattform.Companies.Visits;

namespace Naringslivsplattform.Companies.Coverage;

/// <summary>
/// Visit coverage, pure: the register and the visits in, the figures out. Only completed visits count. A company
/// counts in every SNI section its codes fall in, so section rows can add up to more than the register. Companies
/// count in their current locality; visits (and so companies visited) in the locality they were planned in.
/// </summary>
internal static class VisitCoverage
{
    /// <summary>The first year asked about; visits cannot be dated earlier.</summary>
    public const int FirstYear = 2000;

    /// <summary>The three areas of a municipality's localities, in the order pages show them.</summary>

    private static readonly StringComparer SwedishOrder = StringComparer.Create(SwedishFormat.Culture, ignoreCase: false);

    /// <summary>The year asked for ("2024"), the current one when none is; refused outside <see cref="FirstYear"/>–this year.</summary>
    public static Outcome<int> ReadYear(string? text, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return today.Year;
        }

        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= FirstYear && year <= today.Year
            ? year
            : new DomainError("coverage.year-invalid", SwedishFormat.Format(CompaniesTexts.CoverageYearInvalid, FirstYear, today.Year));
    }

    /// <summary>The lists of companies not visited are long in a large register: a page of each is answered, with its total.</summary>
    public const int DefaultPageSize = 50;

    public const int MaxPageSize = 500;

    /// <param name="visits">Completed visits of the year at least; a company's latest visit is its own <see cref="CoverageCompany.LastVisit"/> or the latest among these.</param>
    /// <param name="page">Which page of each list, from 1; all of them when null.</param>
    public static VisitCoverageReport Calculate(
        IReadOnlyList<CoverageCompany> companies, IReadOnlyList<CoverageVisit> visits, IReadOnlyList<Locality> localities, int year, DateOnly today,
        CoveragePage? page = null)
    {
        var completed = visits.Where(v => v.Status == VisitStatus.Completed).ToList();
        var inYear = completed.Where(v => v.Date.Year == year).ToList();
        var areaOf = localities.ToDictionary(l => l.Name, l => l.Area, StringComparer.Ordinal);

        var sections = SniClassification.Sections
            .Select(section =>
            {
                var members = companies.Where(c => c.Sections.Contains(section.Code)).Select(c => c.Id).ToHashSet();
                var figures = Figures(members.Count, inYear.Where(v => members.Contains(v.CompanyId)));
                return new SectionCoverage(section.Code, section.Name, figures, figures.Companies > 0 && figures.Visits == 0);
            })
            .ToList();
        var localityNames = localities.Select(l => l.Name)
            .Concat(companies.Select(c => c.Locality).Concat(inYear.Select(v => v.Locality)).Where(n => !areaOf.ContainsKey(n)).Distinct().Order(StringComparer.Ordinal));
        var localityRows = localityNames
            .Select(name => new LocalityCoverage(
                name, areaOf.GetValueOrDefault(name), Figures(companies.Count(c => c.Locality == name), inYear.Where(v => v.Locality == name))))
            .ToList();
        var areas = LocalityAreas.All
            .Select(area => new AreaCoverage(
                area, LocalityAreas.Name(area), Figures(companies.Count(c => areaOf.GetValueOrDefault(c.Locality) == area), inYear.Where(v => areaOf.GetValueOrDefault(v.Locality) == area))))
            .ToList();
        var roles = new RoleCoverage(
            inYear.Count(v => v.Roles.Contains(VisitorRole.Official)),
            inYear.Count(v => v.Roles.Contains(VisitorRole.Politician)),
            inYear.Count(v => v.Roles.Contains(VisitorRole.Official) && v.Roles.Contains(VisitorRole.Politician)));

        var lastVisit = completed.GroupBy(v => v.CompanyId).ToDictionary(g => g.Key, g => g.Max(v => v.Date));
        var yearAgo = today.AddYears(-1);
        var unvisited = companies
            .Select(c => new UnvisitedCompany(c.Id, c.Name, c.Locality, Latest(c.LastVisit, lastVisit.TryGetValue(c.Id, out var last) ? last : null)))
            .ToList();
        var never = unvisited.Where(c => c.LastVisit is null).OrderBy(c => c.Name, SwedishOrder).ToList();
        var stale = unvisited.Where(c => c.LastVisit < yearAgo).OrderBy(c => c.LastVisit).ThenBy(c => c.Name, SwedishOrder).ToList();
        return new VisitCoverageReport(
            year,
            today,
            Figures(companies.Count, inYear),
            sections,
            areas,
            localityRows,
            roles,
            Page(never, page),
            never.Count,
            Page(stale, page),
            stale.Count,
            page ?? new CoveragePage(1, Math.Max(1, Math.Max(never.Count, stale.Count))));
    }

    private static DateOnly? Latest(DateOnly? known, DateOnly? seen) => known > seen || seen is null ? known : seen;

    private static List<UnvisitedCompany> Page(List<UnvisitedCompany> companies, CoveragePage? page) =>
        page is { } p ? [.. companies.Skip((p.Number - 1) * p.Size).Take(p.Size)] : companies;

    private static CoverageFigures Figures(int companies, IEnumerable<CoverageVisit> visits)
    {
        var counted = visits.ToList();
        return new CoverageFigures(companies, counted.Select(v => v.CompanyId).Distinct().Count(), counted.Count);
    }
}
