namespace Naringslivsplattform.BuildingBlocks.PlanContributions;

/// <summary>A plan activity an action can be recorded against.</summary>
public sealed record ServedActivity(Guid PlanId, string ActivityCode, string ActivityTitle);

/// <summary>Finds the plan activity another module's action serves; the process plan implements it.</summary>
public interface IPlanActivityDirectory
{
    /// <summary>The activity with <paramref name="activityCode"/> of the plan whose period covers <paramref name="day"/>, in the caller's municipality.</summary>
    /// <returns>Null when no plan covers the day or the plan has no such activity.</returns>
    Task<ServedActivity?> FindAsync(string activityCode, DateOnly day, CancellationToken cancellationToken);
}
