using UUIDNext;

namespace Naringslivsplattform.ProcessPlan.Actions;

/// <summary>
/// An action planned with an Idempotency-Key gets a stream id derived from plan, caller and key (UUID v5): a
/// retried request can only address the stream the first one started, never start a twin.
/// </summary>
internal static class ActionIdentity
{
    public const int MaxIdempotencyKeyLength = 100;

    private static readonly Guid Namespace = new("b7a4e0c2-51d9-4f0e-8c3a-6e2f0d1a2462");

    public static Guid ForIdempotencyKey(Guid planId, string caller, string key) =>
        Uuid.NewNameBased(Namespace, $"{planId}/{caller}/{key}");

    /// <summary>Visible ASCII only, as the Idempotency-Key header field is an opaque token.</summary>
    public static bool IsValidKey(string key) =>
        key.Length is > 0 and <= MaxIdempotencyKeyLength && key.All(c => c is > ' ' and <= '~');
}
