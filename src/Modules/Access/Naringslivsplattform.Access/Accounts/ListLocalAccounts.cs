using Marten;
using Mediator;

namespace Naringslivsplattform.Access.Accounts;

internal sealed record ListLocalAccounts : IQuery<IReadOnlyList<LocalAccount>>;

internal sealed class ListLocalAccountsHandler(IQuerySession session) : IQueryHandler<ListLocalAccounts, IReadOnlyList<LocalAccount>>
{
    public async ValueTask<IReadOnlyList<LocalAccount>> Handle(ListLocalAccounts query, CancellationToken cancellationToken) =>
        await session.Query<LocalAccount>().OrderBy(a => a.UserName).ToListAsync(cancellationToken);
}
