using UUIDNext;

namespace Naringslivsplattform.ProcessPlan.Plans;

/// <summary>
/// A plan's stream id is derived from its municipality and plan key (UUID v5), so importing the
/// same plan twice, even from two processes at once, can only ever address one stream (ADR 0003).
/// </summary>
internal static class PlanIdentity
{
    private static readonly Guid Namespace = new("5d0f6f0e-3b8a-4c55-9a57-2f1c1d9e2462");

    public static Guid For(string municipalityCode, string planKey) =>
        Uuid.NewNameBased(Namespace, $"{municipalityCode}/{planKey}");
}
