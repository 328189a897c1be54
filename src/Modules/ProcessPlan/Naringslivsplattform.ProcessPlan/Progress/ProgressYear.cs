namespace Naringslivsplattform.ProcessPlan.Progress;

/// <summary>The year a progress question is about: the one asked for, or this year; null when outside what the product keeps.</summary>
internal static class ProgressYear
{
    public const int Earliest = 2020;
    public const int Latest = 2035;

    public static int? Resolve(int? year, TimeProvider time) =>
        (year ?? time.GetLocalNow().Year) is var resolved and >= Earliest and <= Latest ? resolved : null;
}
