using System.Text.Json.Nodes;
using Naringslivsplattform.ProcessPlan.Importing;

namespace Naringslivsplattform.ProcessPlan.Tests;

public sealed class SeedPlanReaderTests
{
    public static TheoryData<string, string> BrokenSeeds => new()
    {
        { "title-missing", "$.activities[2].title" },
        { "unknown-category", "$.activities[0].category" },
        { "unknown-measure", "$.activities[1].servesMeasures" },
        { "duplicate-code", "$.activities" },
        { "bad-code", "$.activities[4].code" },
        { "code-outside-category", "$.activities[5].code" },
        { "unknown-target-kind", "$.activities[0].targets[0].kind" },
        { "target-year-outside-plan", "$.activities[0].targets[0].years" },
        { "deadline-missing", "$.activities[8].targets[0].deadline" },
        { "duplicate-measure", "$.measures" },
        { "timeframe-backwards", "$.activities[3].timeframe.to" },
        { "misspelt-field", "$.activities[0]" },
    };

    [Theory]
    [MemberData(nameof(BrokenSeeds))]
    public void A_broken_seed_is_rejected_naming_the_file_and_the_field(string breakage, string expectedField)
    {
        var path = SeedFiles.WriteAltered(SeedFiles.NewTemporaryFolder(), plan => Break(plan, breakage));

        var error = Assert.Throws<SeedFileException>(() => SeedPlanReader.ReadPlan(path));

        Assert.Equal(path, error.File);
        Assert.StartsWith(expectedField, error.Field, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains(error.Field, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("Seedfilen", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_is_rejected_naming_the_file_and_where_it_broke()
    {
        var path = Path.Combine(SeedFiles.NewTemporaryFolder(), "processplan-trasig.json");
        File.WriteAllText(path, """{ "schemaVersion": 1, "planKey": "x", "title": """);

        var error = Assert.Throws<SeedFileException>(() => SeedPlanReader.ReadPlan(path));

        Assert.Equal(path, error.File);
        Assert.Contains("$.title", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_vilhelmina_seed_reads_into_eight_measures_three_categories_and_eleven_activities()
    {
        var plan = SeedPlanReader.ReadPlan(SeedFiles.VilhelminaPlan);

        Assert.Equal(Enumerable.Range(1, 8), plan.Measures.Select(m => m.Number));
        Assert.Equal([1, 2, 3], plan.Categories.Select(c => c.Number));
        Assert.Equal(["1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "3.1", "3.2", "3.3", "3.4"], plan.Activities.Select(a => a.Code.ToString()));
        Assert.Equal(2021, plan.Header.Strategy.PeriodFrom);
        Assert.Equal((2023, 2024), (plan.Header.PeriodFrom, plan.Header.PeriodTo));
    }

    private static void Break(JsonObject plan, string breakage)
    {
        var activities = plan["activities"]!.AsArray();
        switch (breakage)
        {
            case "title-missing": activities[2]!.AsObject().Remove("title"); break;
            case "unknown-category": activities[0]!["category"] = 7; break;
            case "unknown-measure": activities[1]!["servesMeasures"] = new JsonArray(5, 9); break;
            case "duplicate-code": activities[1]!["code"] = "1.1"; break;
            case "bad-code": activities[4]!["code"] = "1-5"; break;
            case "code-outside-category": activities[5]!["code"] = "1.9"; break;
            case "unknown-target-kind": activities[0]!["targets"]![0]!["kind"] = "percentage"; break;
            case "target-year-outside-plan": activities[0]!["targets"]![0]!["years"] = new JsonArray(2023, 2031); break;
            case "deadline-missing": activities[8]!["targets"]![0]!["deadline"] = null; break;
            case "duplicate-measure": plan["measures"]![1]!["number"] = 1; break;
            case "timeframe-backwards": activities[3]!["timeframe"]!["to"] = "2022-01-01"; break;
            case "misspelt-field": activities[0]!["titel"] = "Fortsätt med näringslivsråd"; break;
            default: throw new ArgumentOutOfRangeException(nameof(breakage), breakage, null);
        }
    }
}
