namespace Naringslivsplattform.Architecture.Tests.Canary.Scanned;

/// <summary>
/// Named by no type in the root, as a module's pages and commands are found by scanning its assembly; it uses the
/// root all the same, which the rule counts as a cycle.
/// </summary>
internal sealed class ScannedCommand
{
    public string Title { get; } = CanaryModule.Title("scanned");
}
