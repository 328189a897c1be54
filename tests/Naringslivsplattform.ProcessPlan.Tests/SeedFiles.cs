using System.Text.Json.Nodes;

namespace Naringslivsplattform.ProcessPlan.Tests;

/// <summary>The repository's seed plan, and altered copies of it written to temporary files.</summary>
internal static class SeedFiles
{
    public static string VilhelminaPlan =>
        Path.Combine(AppContext.BaseDirectory, "seeds", "vilhelmina", "processplan-2023-2024.json");

    public static string VilhelminaDocument =>
        Path.Combine(AppContext.BaseDirectory, "seeds", "vilhelmina", "processplan-2023-2024.txt");

    public static JsonObject LoadVilhelminaPlan() => JsonNode.Parse(File.ReadAllText(VilhelminaPlan))!.AsObject();

    /// <summary>Writes a changed copy of the Vilhelmina plan into <paramref name="folder"/> and returns its path.</summary>
    public static string WriteAltered(string folder, Action<JsonObject> alter, string fileName = "processplan-2023-2024.json")
    {
        var plan = LoadVilhelminaPlan();
        alter(plan);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, fileName);
        File.WriteAllText(path, plan.ToJsonString());
        return path;
    }

    public static string NewTemporaryFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "naringsliv-seed-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
