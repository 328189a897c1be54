namespace Naringslivsplattform.Schools.Schools;

/// <summary>One school per name and municipality, held by <see cref="SchoolNameClaim"/> documents.</summary>
internal static class SchoolNames
{
    /// <summary>What a registration holds alone: its name, claimed in the unit of work that starts the school's stream.</summary>
    public static readonly IStreamClaim<SchoolRegistered> OnRegistration = new RegistrationClaim();

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

    private sealed class RegistrationClaim : IStreamClaim<SchoolRegistered>
    {
        public async Task<DomainError?> CheckAsync(IQuerySession session, SchoolRegistered first, CancellationToken cancellationToken) =>
            await IsTakenAsync(session, first.Name, first.SchoolId, cancellationToken) ? Taken(first) : null;

        public void Store(IDocumentSession session, SchoolRegistered first) => session.Insert(new SchoolNameClaim(SchoolNameClaim.KeyOf(first.Name), first.SchoolId));

        public DomainError Taken(SchoolRegistered first) => SchoolRules.DuplicateName(first.Name);
    }
}
