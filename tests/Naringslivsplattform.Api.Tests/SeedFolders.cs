using System.Text.Json.Nodes;
using Naringslivsplattform.TestSupport;

namespace Naringslivsplattform.Api.Tests;

/// <summary>Temporary seed folders: a copy of the repository's seeds, optionally altered or extended.</summary>
internal static class SeedFolders
{
    public const string VilhelminaPlanFile = "vilhelmina/processplan-2023-2024.json";

    public static string CopyOfRepositorySeeds()
    {
        var folder = Path.Combine(Path.GetTempPath(), "naringsliv-seeds-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(PlatformApp.RepositorySeeds, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(PlatformApp.RepositorySeeds, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return folder;
    }

    public static void Alter(string seeds, string relativePath, Action<JsonObject> alter)
    {
        var path = Path.Combine(seeds, relativePath);
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        alter(json);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json.ToJsonString());
    }

    /// <summary>
    /// Adds a second, clearly fictional test plan for Dorotea kommun (2425), built from Vilhelmina's
    /// with a different key and title and only the first category's activities.
    /// </summary>
    public static void AddDorotea(string seeds)
    {
        var folder = Path.Combine(seeds, "dorotea");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "municipality.json"), """{ "code": "2425", "name": "Dorotea kommun", "county": "Västerbottens län" }""");
        var plan = JsonNode.Parse(File.ReadAllText(Path.Combine(seeds, VilhelminaPlanFile)))!.AsObject();
        plan["planKey"] = "testplan-2025-2026";
        plan["title"] = DoroteaTitle;
        plan["periodFrom"] = 2025;
        plan["periodTo"] = 2026;
        var activities = plan["activities"]!.AsArray();
        for (var i = activities.Count - 1; i >= 0; i--)
        {
            if (activities[i]!["category"]!.GetValue<int>() != 1)
            {
                activities.RemoveAt(i);
            }
            else
            {
                activities[i]!["targets"] = new JsonArray();
            }
        }

        File.WriteAllText(Path.Combine(folder, "processplan-2025-2026.json"), plan.ToJsonString());
    }

    public const string DoroteaTitle = "Testplan för Dorotea kommun (fiktiv, endast för tester)";
}
