namespace Naringslivsplattform.Browser.Tests;

/// <summary>A local account the fixture creates before any test runs.</summary>
public sealed record TestUser(string UserName, string DisplayName, string Password, string Role);
