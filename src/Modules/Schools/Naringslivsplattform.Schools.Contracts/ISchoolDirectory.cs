namespace Naringslivsplattform.Schools.Contracts;

public enum SchoolLevel
{
    /// <summary>Grundskola.</summary>
    Primary,

    /// <summary>Gymnasieskola.</summary>
    UpperSecondary,
}

/// <summary>A school in the municipality, as other modules may know it.</summary>
public sealed record SchoolReference(Guid Id, string Name, SchoolLevel Level);

/// <summary>The schools of the caller's municipality; the Schools module implements it.</summary>
public interface ISchoolDirectory
{
    /// <returns>Null when there is no such school.</returns>
    Task<SchoolReference?> FindAsync(Guid schoolId, CancellationToken cancellationToken);

    /// <summary>Every school, by name.</summary>
    Task<IReadOnlyList<SchoolReference>> ListAsync(CancellationToken cancellationToken);
}
