using System.Diagnostics;

namespace Naringslivsplattform.TestSupport;

/// <summary>
/// Runs PostgreSQL's programs. initdb and postgres refuse to run as root, so as root they run as the
/// <c>postgres</c> OS user (created by the Debian package); otherwise as the current user.
/// </summary>
internal static class PostgresCommand
{
    private static bool AsPostgresUser => Environment.IsPrivilegedProcess;

    internal static async Task<(int ExitCode, string Output)> RunAsync(
        string program, IEnumerable<string> arguments, string workingDirectory, CancellationToken ct)
    {
        IEnumerable<string> prefix = AsPostgresUser ? ["-u", "postgres", "--", program] : [];
        return await RunProcessAsync(AsPostgresUser ? "/usr/sbin/runuser" : program, prefix.Concat(arguments), workingDirectory, ct);
    }

    /// <summary>Makes the folder the postgres user's when running as root (/tmp itself is traversable by everyone).</summary>
    internal static async Task GiveToPostgresUserAsync(string folder, CancellationToken ct)
    {
        if (!AsPostgresUser)
        {
            return;
        }

        var chown = await RunProcessAsync("chown", ["postgres:postgres", folder], "/", ct);
        if (chown.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"Could not give {folder} to the postgres OS user (is the Debian package 'postgresql' installed?):{Environment.NewLine}{chown.Output}");
        }
    }

    private static async Task<(int ExitCode, string Output)> RunProcessAsync(
        string fileName, IEnumerable<string> arguments, string workingDirectory, CancellationToken ct)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return (process.ExitCode, ((await output) + (await error)).Trim());
    }
}
