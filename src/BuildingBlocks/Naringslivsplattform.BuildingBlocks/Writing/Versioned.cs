namespace Naringslivsplattform.BuildingBlocks.Writing;

/// <summary>A stream's state with the stream version it was folded to: the version the next change must be based on.</summary>
public sealed record Versioned<T>(T Value, long Version)
{
    public Versioned<TResult> Select<TResult>(Func<T, long, TResult> map) => new(map(Value, Version), Version);
}

/// <summary>What a create answers: the stream's state as stored, its version, and whether an earlier request with the same key had started it.</summary>
public sealed record Started<T>(T Value, long Version, bool Replayed)
{
    public Started<TResult> Select<TResult>(Func<T, long, TResult> map) => new(map(Value, Version), Version, Replayed);
}
