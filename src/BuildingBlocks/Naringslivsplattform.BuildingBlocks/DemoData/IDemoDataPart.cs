namespace Naringslivsplattform.BuildingBlocks.DemoData;

/// <summary>
/// One module's share of the demo picture (docs/demo-data.md), made through the module's own commands. Every part is
/// prepared before any part writes, so a refusal leaves the database untouched; then the parts write in
/// <see cref="Order"/>, each seeing in the <see cref="DemoDataRun"/> what the parts before it made.
/// </summary>
public interface IDemoDataPart
{
    /// <summary>When the part writes (see <see cref="DemoDataOrder"/>).</summary>
    int Order { get; }

    /// <summary>Reads what the part needs and leaves it in the run; the Swedish reason the demo may not be made here, or null.</summary>
    Task<string?> PrepareAsync(DemoDataRun run, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    Task WriteAsync(DemoDataRun run, CancellationToken cancellationToken);
}

/// <summary>The order the parts write in: what a part uses is made before it.</summary>
public static class DemoDataOrder
{
    public const int Companies = 100;
    public const int Visits = 200;
    public const int PlanActions = 300;
    public const int Clusters = 400;
    public const int Schools = 500;
    public const int YoungEnterprise = 600;

    /// <summary>Follow-ups of what companies raised at the meetings written before.</summary>
    public const int RaisedIssues = 700;
}
