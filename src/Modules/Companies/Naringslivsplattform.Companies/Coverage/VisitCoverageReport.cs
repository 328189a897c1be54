namespace Naringslivsplattform.Companies.Coverage;

/// <param name="Companies">Registered companies in the group, whether visited or not.</param>
/// <param name="CompaniesVisited">Of those, the ones with at least one completed visit in the year.</param>
/// <param name="Visits">Completed visits in the year.</param>
internal sealed record CoverageFigures(int Companies, int CompaniesVisited, int Visits);

/// <param name="WithoutVisits">Companies are registered in the section but none was visited in the year ("bransch utan besök").</param>
internal sealed record SectionCoverage(string Section, string Name, CoverageFigures Figures, bool WithoutVisits);

/// <param name="Area">"town", "mountain-valleys" or "countryside"; null for a locality no longer in the reference list.</param>
internal sealed record LocalityCoverage(string Locality, string? Area, CoverageFigures Figures);

/// <param name="Area">"town", "mountain-valleys" or "countryside".</param>
internal sealed record AreaCoverage(string Area, string Name, CoverageFigures Figures);

/// <summary>Completed visits in the year by who went: at least one official, at least one politician, both.</summary>
internal sealed record RoleCoverage(int WithOfficial, int WithPolitician, int WithBoth);

/// <param name="LastVisit">The day of its latest completed visit; null when it was never visited.</param>
internal sealed record UnvisitedCompany(Guid Id, string Name, string Locality, DateOnly? LastVisit);

/// <summary>A page of the lists of companies not visited: its number from 1 and its size.</summary>
internal sealed record CoveragePage(int Number, int Size);

/// <summary>How well company visits covered the register in a year, counting completed visits only.</summary>
/// <param name="NeverVisited">The page asked for of the companies never visited, by name.</param>
/// <param name="NeverVisitedTotal">All companies never visited, on every page.</param>
/// <param name="NotVisitedIn12Months">The page asked for of those visited once, but not since the same day a year before <paramref name="Today"/>; the longest unvisited first.</param>
/// <param name="NotVisitedIn12MonthsTotal">All companies not visited in twelve months, on every page.</param>
/// <param name="Page">The page of both lists.</param>
internal sealed record VisitCoverageReport(
    int Year,
    DateOnly Today,
    CoverageFigures Total,
    IReadOnlyList<SectionCoverage> Sections,
    IReadOnlyList<AreaCoverage> Areas,
    IReadOnlyList<LocalityCoverage> Localities,
    RoleCoverage Roles,
    IReadOnlyList<UnvisitedCompany> NeverVisited,
    int NeverVisitedTotal,
    IReadOnlyList<UnvisitedCompany> NotVisitedIn12Months,
    int NotVisitedIn12MonthsTotal,
    CoveragePage Page)
{
    /// <summary>The sections with registered companies and no completed visit in the year, A to U.</summary>
    public IReadOnlyList<string> SectionsWithoutVisits => [.. Sections.Where(s => s.WithoutVisits).Select(s => s.Section)];
}
