namespace Naringslivsplattform.BuildingBlocks.Security;

/// <summary>The four roles, by the Swedish names users see (they are also the role claim values).</summary>
public static class PlatformRoles
{
    /// <summary>Users, API keys and settings.</summary>
    public const string Administrator = "Administratör";

    /// <summary>Records and changes plans and actions.</summary>
    public const string Planner = "Planerare";

    /// <summary>Reads.</summary>
    public const string Reader = "Läsare";

    /// <summary>Reads, plus history and the audit trail.</summary>
    public const string Auditor = "Revisor";

    public static readonly IReadOnlyList<string> All = [Administrator, Planner, Reader, Auditor];
}
