using System.ComponentModel.DataAnnotations;

namespace Naringslivsplattform.ProcessPlan.Importing;

internal sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>
    /// Folder holding one sub-folder per municipality (municipality.json + processplan-*.json).
    /// Relative paths are resolved against the application's base directory, where the build copies <c>seeds/</c>.
    /// </summary>
    [Required]
    public string Directory { get; set; } = "seeds";

    public bool ImportOnStartup { get; set; } = true;

    public string ResolvedDirectory => Path.GetFullPath(Directory, AppContext.BaseDirectory);
}
