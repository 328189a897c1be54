using Marten;
using JasperFx;
using Naringslivsplattform.BuildingBlocks.Http;

namespace Naringslivsplattform.Schools.Schools;

/// <summary>One school per name and municipality, held by <see cref="SchoolNameClaim"/> documents.</summary>
internal static class SchoolNames
{
    /// <summary>Whether another school than <paramref name="schoolId"/> holds the name.</summary>
    public static async Task<bool> IsTakenAsync(IQuerySession session, string name, Guid schoolId, CancellationToken cancellationToken) =>
        await session.LoadAsync<SchoolNameClaim>(SchoolNameClaim.KeyOf(name), cancellationToken) is { } claim && claim.SchoolId != schoolId;

    /// <summary>Moves the school's claim from its old name to its new one, in the session's unit of work.</summary>
    public static void Move(IDocumentSession session, Guid schoolId, string from, string to)
    {
        if (SchoolNameClaim.KeyOf(from) != SchoolNameClaim.KeyOf(to))
        {
            session.Delete<SchoolNameClaim>(SchoolNameClaim.KeyOf(from));
            session.Insert(new SchoolNameClaim(SchoolNameClaim.KeyOf(to), schoolId));
        }
    }

    /// <summary>Runs the write; a claim of the same name by another school fails it on the primary key.</summary>
    /// <param name="name">The name the write claims, read once it has failed.</param>
    public static async Task<Outcome<T>> GuardAsync<T>(Func<string> name, Func<Task<Outcome<T>>> write)
    {
        try
        {
            return await write();
        }
        catch (DocumentAlreadyExistsException)
        {
            return SchoolDecisions.DuplicateName(name());
        }
    }
}
