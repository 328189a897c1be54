namespace Naringslivsplattform.BuildingBlocks.Modules;

/// <summary>A link in the admin UI's navigation. <paramref name="Text"/> is Swedish, read from the module's resources.</summary>
/// <param name="Icon">A MudBlazor icon SVG string.</param>
public sealed record NavigationEntry(string Text, string Href, string Icon, bool MatchPrefix = true);
