using Naringslivsplattform.Schools.Contracts;

namespace Naringslivsplattform.Schools.Schools;

/// <summary>A national upper-secondary programme (nationellt gymnasieprogram) the school offers.</summary>
internal sealed record SchoolProgramme(Guid Id, string Name);

/// <summary>A school in the municipality, built from its own stream (inline snapshot).</summary>
internal sealed record School(Guid Id, string Name, SchoolLevel Level, IReadOnlyList<SchoolProgramme> Programmes)
{
    public static School Create(SchoolRegistered registered) => new(registered.SchoolId, registered.Name, registered.Level, []);

    public School Apply(SchoolRenamed renamed) => this with { Name = renamed.Name };

    public School Apply(ProgrammeAdded added) => this with { Programmes = [.. Programmes, added.Programme] };
}

/// <summary>
/// Claims a school name in a municipality: its id is the name as compared, so a second school with the same name fails
/// on the primary key in the same transaction that would start its stream or rename it.
/// </summary>
internal sealed record SchoolNameClaim(string Id, Guid SchoolId)
{
    public static string KeyOf(string name) => SchoolRules.NormaliseName(name).ToLowerInvariant();
}
