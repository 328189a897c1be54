namespace Naringslivsplattform.Evaluation.Rebuild;

/// <summary>Where a rebuild stands: the read model it is on, its place among all of them, and whether that one is done.</summary>
/// <param name="ReadModel">Its name in Swedish for people: a projection's own name, or what the relayed ties and the evaluations are.</param>
internal sealed record RebuildProgress(string ReadModel, int Number, int Count, bool Done);
