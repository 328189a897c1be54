using Marten;
using Naringslivsplattform.Access.Resources;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.Access.Accounts;

/// <summary>
/// Changes to an account are an administrator's, made on what the users page shows now, so they carry no version; a
/// change that meets another one at the same moment is refused rather than lost.
/// </summary>
internal static class AccountStreams
{
    public static readonly DomainError NotFound = new("account.not-found", AccessTexts.AccountNotFound, 404);

    public static readonly DomainError ChangedConcurrently = new("account.changed-concurrently", AccessTexts.AccountChangedConcurrently, 409);

    public static async Task<Outcome<bool>> AppendAsync(IDocumentSession session, Guid accountId, object change, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<LocalAccount>(accountId, cancellationToken);
        if (stream.Aggregate is null)
        {
            return NotFound;
        }

        stream.AppendOne(change);
        return await session.SaveOrConflictAsync(ChangedConcurrently, cancellationToken) is { } conflict ? conflict : true;
    }
}
