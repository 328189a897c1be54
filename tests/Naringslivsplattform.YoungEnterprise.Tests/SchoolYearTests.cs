using Naringslivsplattform.YoungEnterprise.SchoolYears;

namespace Naringslivsplattform.YoungEnterprise.Tests;

public sealed class SchoolYearTests
{
    [Theory]
    [InlineData("2023/24", 2023)]
    [InlineData("1999/00", 1999)]
    [InlineData(" 2024/25 ", 2024)]
    public void A_school_year_is_read_as_written(string written, int startYear) => Assert.Equal(new SchoolYear(startYear), SchoolYear.Parse(written));

    [Theory]
    [InlineData("2023/25")]
    [InlineData("2023-24")]
    [InlineData("2023/2024")]
    [InlineData("23/24")]
    [InlineData("")]
    public void Anything_else_is_no_school_year(string written) => Assert.Null(SchoolYear.Parse(written));

    [Fact]
    public void The_school_year_turns_on_1_july_so_the_uf_day_starts_a_year()
    {
        Assert.Equal("2023/24", SchoolYear.Of(new DateOnly(2023, 8, 21)).ToString());
        Assert.Equal("2023/24", SchoolYear.Of(new DateOnly(2024, 6, 30)).ToString());
        Assert.Equal("2024/25", SchoolYear.Of(new DateOnly(2024, 7, 1)).ToString());
        Assert.Equal((new DateOnly(2023, 7, 1), new DateOnly(2024, 6, 30)), (new SchoolYear(2023).Starts, new SchoolYear(2023).Ends));
    }
}
