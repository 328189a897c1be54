using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Naringslivsplattform.ProcessPlan.Targets;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.Importing;

/// <summary>
/// Reads a seed plan file into a <see cref="PlanDefinition"/>, or fails naming the file and the
/// first field that is wrong. Reading appends nothing, so a bad file leaves the store untouched.
/// </summary>
internal static partial class SeedPlanReader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Disallow,
    };

    public static T ReadJson<T>(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<T>(stream, Json)
                ?? throw new SeedFileException(path, "$", ProcessPlanTexts.SeedRequired);
        }
        catch (JsonException e) when (MissingRequiredProperty().Match(e.Message) is { Success: true } missing)
        {
            throw new SeedFileException(path, $"{e.Path ?? "$"}.{missing.Groups[1].Value}", ProcessPlanTexts.SeedRequired, e);
        }
        catch (JsonException e)
        {
            throw new SeedFileException(path, e.Path ?? "$", Format(ProcessPlanTexts.SeedJsonError, e.Message), e);
        }
        catch (IOException e)
        {
            throw new SeedFileException(path, "$", Format(ProcessPlanTexts.SeedUnreadable, path, e.Message), e);
        }
    }

    public static PlanDefinition ReadPlan(string path) => ToDefinition(path, ReadJson<SeedPlanFile>(path));

    private static PlanDefinition ToDefinition(string path, SeedPlanFile file)
    {
        var check = new SeedChecker(path);
        check.That(file.SchemaVersion == 1, "$.schemaVersion", Format(ProcessPlanTexts.SeedUnsupportedSchemaVersion, file.SchemaVersion));
        check.NotBlank(file.PlanKey, "$.planKey");
        check.NotBlank(file.Title, "$.title");
        check.That(file.PeriodFrom <= file.PeriodTo, "$.periodTo", ProcessPlanTexts.SeedInvalidPeriod);
        check.That(file.Strategy.PeriodFrom <= file.Strategy.PeriodTo, "$.strategy.periodTo", ProcessPlanTexts.SeedInvalidPeriod);

        check.Unique(file.Measures.Select(m => m.Number), "$.measures");
        for (var i = 0; i < file.Measures.Count; i++)
        {
            check.NotBlank(file.Measures[i].Text, $"$.measures[{i}].text");
        }

        check.Unique(file.Categories.Select(c => c.Number), "$.categories");
        for (var i = 0; i < file.Categories.Count; i++)
        {
            check.NotBlank(file.Categories[i].Title, $"$.categories[{i}].title");
        }

        var context = new PlanContext(
            file.Measures.Select(m => m.Number).ToHashSet(),
            file.Categories.Select(c => c.Number).ToHashSet(),
            TargetRules.ContextOf(file.PeriodFrom, file.PeriodTo, file.Clusters.Count));
        var activities = file.Activities.Select((a, i) => ToActivity(check, context, a, $"$.activities[{i}]")).ToList();
        check.Unique(activities.Select(a => a.Code), "$.activities");

        var targets = file.Activities
            .SelectMany((a, i) => a.Targets.Select((t, j) => ToTarget(check, context, activities[i].Code, t, $"$.activities[{i}].targets[{j}]")))
            .ToList();
        check.Unique(targets.Select(t => t.Key), "$.activities[*].targets");

        var header = new PlanHeader(
            file.PlanKey,
            file.Title,
            new BusinessStrategy(file.Strategy.Name, file.Strategy.AdoptedBy, file.Strategy.AdoptedYear, file.Strategy.PeriodFrom, file.Strategy.PeriodTo),
            file.PeriodFrom,
            file.PeriodTo,
            file.SourceDocument);
        return new PlanDefinition(
            header,
            [.. file.Measures.Select(m => new Measure(m.Number, m.Text)).OrderBy(m => m.Number)],
            [.. file.Categories.Select(c => new PlanCategory(c.Number, c.Title, c.Introduction)).OrderBy(c => c.Number)],
            [.. activities.OrderBy(a => a.Code)],
            targets,
            [.. file.Clusters.Select(c => new NamedCluster(c.Name, c.Locality))]);
    }

    private static PlanActivity ToActivity(SeedChecker check, PlanContext plan, SeedActivity activity, string at)
    {
        if (!ActivityCode.TryParse(activity.Code, out var code))
        {
            throw check.Failure($"{at}.code", Format(ProcessPlanTexts.SeedInvalidActivityCode, activity.Code));
        }

        check.That(plan.Categories.Contains(activity.Category), $"{at}.category", Format(ProcessPlanTexts.SeedUnknownCategory, activity.Category));
        check.That(code.Value.Category == activity.Category, $"{at}.code", Format(ProcessPlanTexts.SeedCodeOutsideCategory, activity.Code, activity.Category));
        check.NotBlank(activity.Title, $"{at}.title");
        check.That(activity.ServesMeasures.Count > 0, $"{at}.servesMeasures", ProcessPlanTexts.SeedNoMeasureServed);
        foreach (var measure in activity.ServesMeasures)
        {
            check.That(plan.Measures.Contains(measure), $"{at}.servesMeasures", Format(ProcessPlanTexts.SeedUnknownMeasure, measure));
        }

        var points = activity.Points.Select((p, i) =>
        {
            check.NotBlank(p.Text, $"{at}.points[{i}].text");
            return new ActivityPoint(p.Text, p.Timeframe is null ? null : ToTimeframe(check, p.Timeframe, $"{at}.points[{i}].timeframe"));
        });
        return new PlanActivity(
            code.Value, activity.Category, activity.Title, [.. points], ToTimeframe(check, activity.Timeframe, $"{at}.timeframe"), [.. activity.ServesMeasures]);
    }

    private static Timeframe ToTimeframe(SeedChecker check, SeedTimeframe timeframe, string at)
    {
        check.NotBlank(timeframe.AsWritten, $"{at}.asWritten");
        check.That(timeframe.From is null || timeframe.To is null || timeframe.From <= timeframe.To, $"{at}.to", ProcessPlanTexts.SeedInvalidTimeframe);
        check.That(
            timeframe.AnnualDay is null || DateOnly.TryParseExact($"2024-{timeframe.AnnualDay}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            $"{at}.annualDay",
            ProcessPlanTexts.SeedInvalidAnnualDay);
        return new Timeframe(timeframe.AsWritten, timeframe.From, timeframe.To, timeframe.AnnualDay);
    }

    private static Target ToTarget(SeedChecker check, PlanContext plan, ActivityCode activity, SeedTarget target, string at)
    {
        check.NotBlank(target.Key, $"{at}.key");
        check.NotBlank(target.Description, $"{at}.description");
        check.NotBlank(target.Source, $"{at}.source");
        if (!Enum.TryParse<TargetKind>(target.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            throw check.Failure($"{at}.kind", Format(ProcessPlanTexts.SeedUnknownTargetKind, target.Kind));
        }

        var parsed = new Target(target.Key, activity, kind, target.Description, target.ActionKind, target.MinimumPerYear, [.. target.Years ?? []], target.Deadline, target.Source);
        if (TargetRules.Check(parsed, plan.Targets) is { } violation)
        {
            throw check.Failure($"{at}.{violation.Field}", violation.Error.Message);
        }

        return parsed;
    }

    // System.Text.Json names a missing required property only in its message; lift it into the field path.
    [GeneratedRegex("missing required properties including: '([^']+)'")]
    private static partial Regex MissingRequiredProperty();

    private static string Format(string template, params object?[] values) =>
        string.Format(CultureInfo.InvariantCulture, template, values);

    private sealed record PlanContext(IReadOnlySet<int> Measures, IReadOnlySet<int> Categories, TargetContext Targets);

    private sealed class SeedChecker(string path)
    {
        public SeedFileException Failure(string field, string problem) => new(path, field, problem);

        public void That(bool condition, string field, string problem)
        {
            if (!condition)
            {
                throw Failure(field, problem);
            }
        }

        public void NotBlank(string? value, string field) => That(!string.IsNullOrWhiteSpace(value), field, ProcessPlanTexts.SeedRequired);

        public void Unique<T>(IEnumerable<T> values, string field)
        {
            if (values.GroupBy(v => v).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
            {
                throw Failure(field, Format(ProcessPlanTexts.SeedDuplicate, duplicate.Key));
            }
        }
    }
}
