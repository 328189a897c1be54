namespace Naringslivsplattform.ProcessPlan.Decisions;

internal static class DecisionDays
{
    /// <summary>Today in the municipality's local time: whether a decision is overdue or in the future is a question of local days.</summary>
    public static DateOnly Today(this TimeProvider time) => DateOnly.FromDateTime(time.GetLocalNow().DateTime);
}
