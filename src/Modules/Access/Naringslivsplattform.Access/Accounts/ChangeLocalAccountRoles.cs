using Marten;
using Mediator;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.BuildingBlocks.Security;

namespace Naringslivsplattform.Access.Accounts;

internal sealed record ChangeLocalAccountRoles(Guid AccountId, IReadOnlyList<string> Roles) : ICommand<Outcome<bool>>;

internal sealed class ChangeLocalAccountRolesHandler(IDocumentSession session) : ICommandHandler<ChangeLocalAccountRoles, Outcome<bool>>
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

        return await AccountStreams.AppendAsync(session, command.AccountId, new LocalAccountRolesChanged(command.AccountId, [.. command.Roles.Distinct()]), cancellationToken);
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
}
