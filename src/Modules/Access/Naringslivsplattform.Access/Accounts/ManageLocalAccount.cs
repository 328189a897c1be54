using Marten;
using Mediator;
using Naringslivsplattform.Access.Resources;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.BuildingBlocks.Security;

namespace Naringslivsplattform.Access.Accounts;

internal sealed record ListLocalAccounts : IQuery<IReadOnlyList<LocalAccount>>;

internal sealed class ListLocalAccountsHandler(IQuerySession session) : IQueryHandler<ListLocalAccounts, IReadOnlyList<LocalAccount>>
{
    public async ValueTask<IReadOnlyList<LocalAccount>> Handle(ListLocalAccounts query, CancellationToken cancellationToken) =>
        await session.Query<LocalAccount>().OrderBy(a => a.UserName).ToListAsync(cancellationToken);
}

internal sealed record ChangeLocalAccountRoles(Guid AccountId, IReadOnlyList<string> Roles) : ICommand<Outcome<bool>>;

internal sealed record UnlockLocalAccount(Guid AccountId) : ICommand<Outcome<bool>>;

internal sealed class ManageLocalAccountHandler(IDocumentSession session)
    : ICommandHandler<ChangeLocalAccountRoles, Outcome<bool>>, ICommandHandler<UnlockLocalAccount, Outcome<bool>>
{
    public async ValueTask<Outcome<bool>> Handle(ChangeLocalAccountRoles command, CancellationToken cancellationToken)
    {
        if (AccountRules.CheckRoles(command.Roles) is { } invalid)
        {
            return invalid;
        }

        await LockAdministratorsAsync(cancellationToken);
        if (await session.LoadAsync<LocalAccount>(command.AccountId, cancellationToken) is { } account)
        {
            var otherAdministrators = await session.Query<LocalAccount>()
                .CountAsync(a => a.Id != account.Id && a.Roles.Contains(PlatformRoles.Administrator), cancellationToken);
            if (AccountRules.CheckKeepsAnAdministrator(account, command.Roles, otherAdministrators) is { } lastAdministrator)
            {
                return lastAdministrator;
            }
        }

        return await AppendAsync(command.AccountId, new LocalAccountRolesChanged(command.AccountId, [.. command.Roles.Distinct()]), cancellationToken);
    }

    /// <summary>
    /// Role changes in a municipality wait for each other until committed: two administrators taking the role from each
    /// other at once would otherwise each count the other as remaining and leave the municipality without one.
    /// </summary>
    private async Task LockAdministratorsAsync(CancellationToken cancellationToken)
    {
        await session.BeginTransactionAsync(cancellationToken);
        await session.QueryAsync<int>("select 1 from pg_advisory_xact_lock(hashtext(?))", cancellationToken, $"administrators/{session.TenantId}");
    }

    public async ValueTask<Outcome<bool>> Handle(UnlockLocalAccount command, CancellationToken cancellationToken) =>
        await AppendAsync(command.AccountId, new LocalAccountUnlocked(command.AccountId), cancellationToken);

    private async Task<Outcome<bool>> AppendAsync(Guid accountId, object change, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<LocalAccount>(accountId, cancellationToken);
        if (stream.Aggregate is null)
        {
            return new DomainError("account.not-found", AccessTexts.AccountNotFound, 404);
        }

        stream.AppendOne(change);
        await session.SaveChangesAsync(cancellationToken);
        return true;
    }
}
