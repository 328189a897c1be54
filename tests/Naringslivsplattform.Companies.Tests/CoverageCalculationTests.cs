using Naringslivsplattform.BuildingBlocks.Reference;
using Naringslivsplattform.Companies.Coverage;
using Naringslivsplattform.Companies.Visits;

namespace Naringslivsplattform.Companies.Tests;

public sealed class CoverageCalculationTests
{
    private static readonly IReadOnlyList<Locality> Vilhelmina = Localities.Of("2462");
    private static readonly DateOnly Today = new(2024, 11, 27);

    private static readonly CoverageCompany Hotel = new(Guid.CreateVersion7(), "Fjällhotellet AB", "Kittelfjäll", ["I"]);
    private static readonly CoverageCompany ShopAndCafe = new(Guid.CreateVersion7(), "Handel och kafé AB", "Vilhelmina", ["G", "I"]);
    private static readonly CoverageCompany Sawmill = new(Guid.CreateVersion7(), "Sågverket AB", "Dikanäs", ["C"]);

    private static CoverageVisit Visit(CoverageCompany company, DateOnly date, VisitStatus status = VisitStatus.Completed, params VisitorRole[] roles) =>
        new(company.Id, company.Locality, status, date, roles.Length == 0 ? [VisitorRole.Official] : roles);

    private static VisitCoverageReport Calculate(IReadOnlyList<CoverageVisit> visits, int year = 2024) =>
        VisitCoverage.Calculate([Hotel, ShopAndCafe, Sawmill], visits, Vilhelmina, year, Today);

    private static CoverageFigures Section(VisitCoverageReport report, string code) => report.Sections.Single(s => s.Section == code).Figures;

    [Fact]
    public void Every_section_A_to_U_is_listed_in_order_with_its_swedish_name()
    {
        var report = Calculate([]);

        Assert.Equal(21, report.Sections.Count);
        Assert.Equal(("A", "U"), (report.Sections[0].Section, report.Sections[^1].Section));
        Assert.Equal("Hotell- och restaurangverksamhet", report.Sections.Single(s => s.Section == "I").Name);
    }

    [Fact]
    public void Sections_with_registered_companies_and_no_visit_in_the_year_are_the_ones_without_visits()
    {
        var report = Calculate([Visit(Hotel, new(2024, 3, 1)), Visit(Sawmill, new(2023, 6, 1))]);

        Assert.Equal(["C", "G"], report.SectionsWithoutVisits);
        Assert.False(report.Sections.Single(s => s.Section == "A").WithoutVisits);
    }

    [Fact]
    public void A_company_with_codes_in_two_sections_counts_in_both()
    {
        var report = Calculate([Visit(ShopAndCafe, new(2024, 5, 2)), Visit(ShopAndCafe, new(2024, 9, 3))]);

        Assert.Equal(new CoverageFigures(1, 1, 2), Section(report, "G"));
        Assert.Equal(new CoverageFigures(2, 1, 2), Section(report, "I"));
        Assert.Equal(new CoverageFigures(3, 1, 2), report.Total);
    }

    [Fact]
    public void Planned_and_cancelled_visits_and_visits_in_other_years_are_not_counted()
    {
        var report = Calculate([
            Visit(Hotel, new(2024, 12, 10), VisitStatus.Planned),
            Visit(Hotel, new(2024, 4, 10), VisitStatus.Cancelled),
            Visit(Hotel, new(2023, 12, 31)),
            Visit(Sawmill, new(2024, 1, 3), VisitStatus.Cancelled),
        ]);

        Assert.Equal(new CoverageFigures(3, 0, 0), report.Total);
        Assert.Equal(new CoverageFigures(2, 0, 0), Section(report, "I"));
        Assert.Empty(report.NotVisitedIn12Months);
        Assert.Equal([ShopAndCafe.Id, Sawmill.Id], report.NeverVisited.Select(c => c.Id));
    }

    [Fact]
    public void A_visit_on_the_same_day_a_year_ago_is_within_12_months_and_the_day_before_is_not()
    {
        var report = Calculate([Visit(Hotel, new(2023, 11, 27)), Visit(Sawmill, new(2023, 11, 26)), Visit(Sawmill, new(2022, 1, 5))]);

        var stale = Assert.Single(report.NotVisitedIn12Months);
        Assert.Equal((Sawmill.Id, "Sågverket AB", "Dikanäs", new DateOnly(2023, 11, 26)), (stale.Id, stale.Name, stale.Locality, stale.LastVisit));
        Assert.Equal([ShopAndCafe.Id], report.NeverVisited.Select(c => c.Id));
    }

    [Fact]
    public void Localities_roll_up_to_town_mountain_valleys_and_countryside()
    {
        var report = Calculate([Visit(Hotel, new(2024, 2, 1)), Visit(Sawmill, new(2024, 2, 2)), Visit(Sawmill, new(2024, 8, 2))]);

        Assert.Equal(["town", "mountain-valleys", "countryside"], report.Areas.Select(a => a.Area));
        Assert.Equal(("Centralorten", "Fjälldalarna"), (report.Areas[0].Name, report.Areas[1].Name));
        Assert.Equal(new CoverageFigures(1, 0, 0), report.Areas[0].Figures);
        Assert.Equal(new CoverageFigures(2, 2, 3), report.Areas[1].Figures);
        Assert.Equal(new CoverageFigures(0, 0, 0), report.Areas[2].Figures);
        var dikanas = report.Localities.Single(l => l.Locality == "Dikanäs");
        Assert.Equal(("mountain-valleys", new CoverageFigures(1, 1, 2)), (dikanas.Area, dikanas.Figures));
        Assert.Equal(Vilhelmina.Select(l => l.Name), report.Localities.Select(l => l.Locality));
    }

    [Fact]
    public void Visits_are_counted_by_role_with_at_least_one_official_at_least_one_politician_and_both()
    {
        var report = Calculate([
            Visit(Hotel, new(2024, 1, 10), roles: [VisitorRole.Official]),
            Visit(Hotel, new(2024, 2, 10), roles: [VisitorRole.Politician]),
            Visit(Sawmill, new(2024, 3, 10), roles: [VisitorRole.Official, VisitorRole.Politician]),
            Visit(Sawmill, new(2024, 4, 10), VisitStatus.Planned, VisitorRole.Politician),
        ]);

        Assert.Equal(new RoleCoverage(WithOfficial: 2, WithPolitician: 2, WithBoth: 1), report.Roles);
    }

    [Theory]
    [InlineData("1999")]
    [InlineData("2025")]
    [InlineData("tjugo")]
    [InlineData("2024.5")]
    public void A_year_before_2000_after_this_year_or_not_a_year_is_refused(string year)
    {
        var error = VisitCoverage.ReadYear(year, Today).Error!;

        Assert.Equal(("coverage.year-invalid", 400), (error.Code, error.Status));
        Assert.Contains("2000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_year_means_this_year()
    {
        Assert.Equal((2024, 2023), (VisitCoverage.ReadYear(null, Today).Value, VisitCoverage.ReadYear(" 2023 ", Today).Value));
    }
}
