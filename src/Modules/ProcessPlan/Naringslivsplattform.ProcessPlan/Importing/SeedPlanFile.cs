using System.Text.Json.Serialization;

namespace Naringslivsplattform.ProcessPlan.Importing;

// The JSON shape of seeds/<municipality>/processplan-*.json (see seeds/README.md). Every field is
// required unless nullable; fields that only document the transcription are read and not used.

internal sealed record SeedPlanFile(
    [property: JsonPropertyName("$comment")] string? Comment,
    int SchemaVersion,
    string PlanKey,
    string Title,
    string SourceDocument,
    SeedStrategy Strategy,
    int PeriodFrom,
    int PeriodTo,
    IReadOnlyList<SeedMeasure> Measures,
    IReadOnlyList<SeedCategory> Categories,
    IReadOnlyList<SeedActivity> Activities,
    IReadOnlyList<SeedCluster> Clusters);

internal sealed record SeedStrategy(string Name, string AdoptedBy, int AdoptedYear, int PeriodFrom, int PeriodTo);

internal sealed record SeedMeasure(int Number, string Text);

internal sealed record SeedCategory(int Number, string Title, string? Introduction);

internal sealed record SeedActivity(
    string Code,
    int Category,
    string Title,
    IReadOnlyList<SeedPoint> Points,
    SeedTimeframe Timeframe,
    IReadOnlyList<int> ServesMeasures,
    string? ServesMeasuresRationale,
    IReadOnlyList<SeedTarget> Targets);

internal sealed record SeedPoint(string Text, SeedTimeframe? Timeframe);

internal sealed record SeedTimeframe(string AsWritten, DateOnly? From, DateOnly? To, string? AnnualDay, string? Interpretation);

internal sealed record SeedTarget(
    string Key,
    string Kind,
    string Description,
    string? ActionKind,
    int? MinimumPerYear,
    IReadOnlyList<int>? Years,
    DateOnly? Deadline,
    string Source);

internal sealed record SeedCluster(string Name, string? Locality);

internal sealed record SeedMunicipality(string Code, string Name, string? County);
