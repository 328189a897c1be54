namespace Naringslivsplattform.BuildingBlocks.Modules;

/// <summary>A link in the admin UI's navigation. <paramref name="Text"/> is Swedish, read from the module's resources.</summary>
/// <param name="Icon">A MudBlazor icon SVG string.</param>
/// <param name="Policy">The authorization policy the page requires; the link is shown only to those who satisfy it.</param>
public sealed record NavigationEntry(string Text, string Href, string Icon, string Policy, bool MatchPrefix = true);
