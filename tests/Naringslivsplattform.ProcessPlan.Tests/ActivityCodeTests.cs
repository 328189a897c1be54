using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.Tests;

public sealed class ActivityCodeTests
{
    [Theory]
    [InlineData("1.1", 1, 1)]
    [InlineData("3.4", 3, 4)]
    [InlineData("2.10", 2, 10)]
    public void A_code_is_category_dot_number(string text, int category, int number)
    {
        Assert.True(ActivityCode.TryParse(text, out var code));
        Assert.Equal((category, number), (code.Value.Category, code.Value.Number));
        Assert.Equal(text, code.Value.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("1.")]
    [InlineData("0.1")]
    [InlineData("1.1.1")]
    [InlineData("a.b")]
    [InlineData("-1.2")]
    [InlineData(" 1.2")]
    public void Anything_else_is_not_a_code(string? text) => Assert.False(ActivityCode.TryParse(text, out _));

    [Fact]
    public void Codes_order_numerically_not_as_text()
    {
        var codes = new[] { "1.10", "2.1", "1.9", "1.2" }.Select(ActivityCode.Parse).Order().Select(c => c.ToString());

        Assert.Equal(["1.2", "1.9", "1.10", "2.1"], codes);
    }
}
