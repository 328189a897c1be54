namespace Naringslivsplattform.Browser.Tests;

/// <summary>Where the tests leave files for humans: the repository's git-ignored <c>artifacts/</c> folder.</summary>
internal static class ArtifactFolders
{
    public static string Screenshots => Directory.CreateDirectory(Path.Combine(RepositoryRoot(), "artifacts", "screenshots")).FullName;

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Naringslivsplattform.sln")))
            {
                return folder.FullName;
            }
        }

        // Built outside the repository: keep the files beside the test assembly.
        return AppContext.BaseDirectory;
    }
}
