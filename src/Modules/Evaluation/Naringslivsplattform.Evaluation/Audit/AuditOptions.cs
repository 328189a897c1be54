using System.ComponentModel.DataAnnotations;

namespace Naringslivsplattform.Evaluation.Audit;

/// <summary>The audit's limits (configuration section <c>Audit</c>, docs/audit.md).</summary>
internal sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>The most events one CSV export may hold; a larger selection is refused, so the filter must be narrowed.</summary>
    [Range(1, 1_000_000)]
    public int MaxExportEvents { get; set; } = 50_000;
}
