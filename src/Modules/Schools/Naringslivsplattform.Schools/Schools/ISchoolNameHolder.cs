namespace Naringslivsplattform.Schools.Schools;

/// <summary>
/// Streams that carry their school's name, renamed with it in the rename's own unit of work (the industry councils,
/// named after their programme and school). They register themselves, so the school register depends on none of them.
/// </summary>
internal interface ISchoolNameHolder
{
    /// <summary>Appends to the session what the school's new name changes; the rename saves it with the school's own event, or nothing.</summary>
    Task RenameAsync(IDocumentSession session, SchoolRenamed renamed, CancellationToken cancellationToken);
}
