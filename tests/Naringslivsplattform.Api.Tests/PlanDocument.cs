using System.Text.RegularExpressions;
using Naringslivsplattform.TestSupport;

namespace Naringslivsplattform.Api.Tests;

/// <summary>
/// Vilhelmina's process plan read straight from the seed document's text, independently of the
/// JSON transcription, so the API can be checked against what the document actually says.
/// </summary>
internal sealed partial class PlanDocument
{
    private const string PlanSectionMarker = "Processplan för föreslagna åtgärder:";

    private PlanDocument(IReadOnlyList<(int Number, string Text)> measures, IReadOnlyList<(int Number, string Title)> categories, IReadOnlyList<DocumentActivity> activities)
    {
        Measures = measures;
        Categories = categories;
        Activities = activities;
    }

    public IReadOnlyList<(int Number, string Text)> Measures { get; }

    public IReadOnlyList<(int Number, string Title)> Categories { get; }

    public IReadOnlyList<DocumentActivity> Activities { get; }

    public static PlanDocument Vilhelmina() =>
        Parse(File.ReadAllLines(Path.Combine(PlatformApp.RepositorySeeds, "vilhelmina", "processplan-2023-2024.txt")));

    private static PlanDocument Parse(string[] lines)
    {
        var marker = Array.FindIndex(lines, l => l.Trim() == PlanSectionMarker);
        var measures = lines[..marker].Select(l => NumberedLine().Match(l.Trim())).Where(m => m.Success)
            .Select(m => (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[2].Value)).ToList();

        var categories = new List<(int, string)>();
        var activities = new List<DocumentActivity>();
        foreach (var line in lines[marker..].Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            if (ActivityHeading().Match(line) is { Success: true } activity)
            {
                activities.Add(new DocumentActivity(activity.Groups[1].Value, activity.Groups[2].Value, []));
            }
            else if (NumberedLine().Match(line) is { Success: true } category)
            {
                categories.Add((int.Parse(category.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), category.Groups[2].Value));
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                activities[^1].Bullets.Add(line[2..]);
            }
        }

        return new PlanDocument(measures, categories, activities);
    }

    [GeneratedRegex(@"^(\d)\. (.+)$")]
    private static partial Regex NumberedLine();

    [GeneratedRegex(@"^(\d\.\d)\. (.+)$")]
    private static partial Regex ActivityHeading();
}

internal sealed record DocumentActivity(string Code, string Title, List<string> Bullets);
