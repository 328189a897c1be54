namespace Naringslivsplattform.Architecture.Tests.Canary.TimeTravel;

internal static class CanaryClock
{
    public static DateOnly Today => new(2025, 1, 1);
}
