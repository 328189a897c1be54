using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Naringslivsplattform.TestSupport;

/// <summary>
/// A throwaway PostgreSQL cluster in its own folder under /tmp, listening on a free loopback port
/// with trust authentication. Tuned for speed, not durability.
/// </summary>
internal sealed class LocalCluster : IAsyncDisposable
{
    private const string FolderPrefix = "naringsliv-pg-";
    private const int StartAttempts = 3;

    private readonly string _binDirectory;

    private LocalCluster(string binDirectory, string folder, int port)
    {
        _binDirectory = binDirectory;
        Folder = folder;
        Port = port;
    }

    /// <summary>The folder holding the data directory, the log and the socket.</summary>
    internal string Folder { get; }

    internal int Port { get; }

    internal string ConnectionString =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Include Error Detail=true";

    private string DataDirectory => Path.Combine(Folder, "data");

    private string LogFile => Path.Combine(Folder, "postgres.log");

    internal static async Task<LocalCluster> StartAsync(CancellationToken ct)
    {
        var binDirectory = FindBinDirectory();
        await RemoveAbandonedClustersAsync(binDirectory, ct);

        // The owner's process id in the name lets a later run remove the folder if this process dies.
        var folder = Path.Combine("/tmp", $"{FolderPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            await PostgresCommand.GiveToPostgresUserAsync(folder, ct);
            var initdb = await PostgresCommand.RunAsync(
                Path.Combine(binDirectory, "initdb"),
                ["-D", Path.Combine(folder, "data"), "-U", "postgres", "-A", "trust",
                 "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
                folder, ct);
            if (initdb.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"PostgreSQL initdb failed with exit code {initdb.ExitCode}:{Environment.NewLine}{initdb.Output}");
            }

            for (var attempt = 1; ; attempt++)
            {
                var cluster = new LocalCluster(binDirectory, folder, FreeLoopbackPort());
                var failure = await cluster.TryStartAsync(ct);
                if (failure is null)
                {
                    return cluster;
                }

                // Another process may have taken the port between our check and the server's bind.
                if (attempt == StartAttempts || !failure.Contains("Address already in use", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException(failure);
                }
            }
        }
        catch
        {
            await StopAndDeleteAsync(binDirectory, folder);
            throw;
        }
    }

    public async ValueTask DisposeAsync() => await StopAndDeleteAsync(_binDirectory, Folder);

    /// <summary>Starts the server; returns null on success, otherwise a description with the log's tail.</summary>
    private async Task<string?> TryStartAsync(CancellationToken ct)
    {
        File.Delete(LogFile);
        var options = string.Join(' ',
            $"-p {Port.ToString(CultureInfo.InvariantCulture)}",
            "-c listen_addresses=127.0.0.1",
            $"-k {Folder}",
            "-c max_connections=200",
            "-c fsync=off",
            "-c synchronous_commit=off",
            "-c full_page_writes=off");
        var pgCtl = await PostgresCommand.RunAsync(
            Path.Combine(_binDirectory, "pg_ctl"),
            ["-D", DataDirectory, "-l", LogFile, "-o", options, "-w", "-t", "60", "start"],
            Folder, ct);
        if (pgCtl.ExitCode == 0)
        {
            return null;
        }

        var logTail = File.Exists(LogFile) ? string.Join(Environment.NewLine, File.ReadLines(LogFile).TakeLast(20)) : "(no log)";
        return $"PostgreSQL did not start on 127.0.0.1:{Port} (pg_ctl exit code {pgCtl.ExitCode}):{Environment.NewLine}" +
               $"{pgCtl.Output}{Environment.NewLine}Last lines of {LogFile}:{Environment.NewLine}{logTail}";
    }

    private static async Task StopAndDeleteAsync(string binDirectory, string folder)
    {
        var dataDirectory = Path.Combine(folder, "data");
        if (File.Exists(Path.Combine(dataDirectory, "postmaster.pid")))
        {
            await PostgresCommand.RunAsync(
                Path.Combine(binDirectory, "pg_ctl"), ["-D", dataDirectory, "-m", "immediate", "-w", "stop"],
                folder, CancellationToken.None);
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Stops and removes clusters left behind by test processes that no longer run.</summary>
    private static async Task RemoveAbandonedClustersAsync(string binDirectory, CancellationToken ct)
    {
        foreach (var folder in Directory.EnumerateDirectories("/tmp", FolderPrefix + "*"))
        {
            var owner = Path.GetFileName(folder)[FolderPrefix.Length..].Split('-')[0];
            if (Directory.Exists($"/proc/{owner}"))
            {
                continue;
            }

            ct.ThrowIfCancellationRequested();
            try
            {
                await StopAndDeleteAsync(binDirectory, folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another test process is removing the same folder, or it belongs to another user.
            }
        }
    }

    private static string FindBinDirectory()
    {
        var newest = Directory.Exists("/usr/lib/postgresql")
            ? Directory.EnumerateDirectories("/usr/lib/postgresql")
                .Select(version => (Version: int.TryParse(Path.GetFileName(version), out var number) ? number : -1,
                                    Bin: Path.Combine(version, "bin")))
                .Where(candidate => File.Exists(Path.Combine(candidate.Bin, "initdb"))
                                    && File.Exists(Path.Combine(candidate.Bin, "pg_ctl")))
                .OrderByDescending(candidate => candidate.Version)
                .Select(candidate => candidate.Bin)
                .FirstOrDefault()
            : null;
        return newest ?? throw new InvalidOperationException(
            "PostgreSQL was not found: no initdb and pg_ctl under /usr/lib/postgresql/*/bin. " +
            "Install the Debian package 'postgresql' (./test does that), or set " +
            $"{PostgresServer.ExternalServerVariable} to the connection string of a server where tests may create databases.");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
