using Naringslivsplattform.Architecture.Tests.Canary.Right;
using Naringslivsplattform.Architecture.Tests.Canary.TimeTravel;

namespace Naringslivsplattform.Architecture.Tests.Canary.Left;

internal sealed class LeftFeature
{
    /// <summary>Uses Right only in the lambda's body, which the compiler moves into a nested closure type.</summary>
    public Func<int, int> Doubled { get; } = n => RightFeature.Twice(n);

    /// <summary>Uses TimeTravel only after an await, which the compiler moves into a nested state machine.</summary>
    public static async Task<DateOnly> TodayAsync()
    {
        await Task.Yield();
        return CanaryClock.Today;
    }
}
