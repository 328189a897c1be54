using Marten;
using Mediator;

namespace Naringslivsplattform.Access.Accounts;

/// <summary>An account as the users page shows it: never its password hash or failure count.</summary>
internal sealed record AccountSummary(Guid Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, DateTimeOffset? LockedUntil)
{
    public static AccountSummary Of(LocalAccount account) => new(account.Id, account.UserName, account.DisplayName, account.Roles, account.LockedUntil);

    public bool IsLockedAt(DateTimeOffset now) => LockedUntil > now;
}

internal sealed record ListLocalAccounts : IQuery<IReadOnlyList<AccountSummary>>;

internal sealed class ListLocalAccountsHandler(IQuerySession session) : IQueryHandler<ListLocalAccounts, IReadOnlyList<AccountSummary>>
{
    public async ValueTask<IReadOnlyList<AccountSummary>> Handle(ListLocalAccounts query, CancellationToken cancellationToken) =>
        [.. (await session.Query<LocalAccount>().OrderBy(a => a.UserName).ToListAsync(cancellationToken)).Select(AccountSummary.Of)];
}
