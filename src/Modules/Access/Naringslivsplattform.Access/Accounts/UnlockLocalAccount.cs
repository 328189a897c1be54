using Marten;
using Mediator;
using Naringslivsplattform.BuildingBlocks.Http;

namespace Naringslivsplattform.Access.Accounts;

internal sealed record UnlockLocalAccount(Guid AccountId) : ICommand<Outcome<bool>>;

internal sealed class UnlockLocalAccountHandler(IDocumentSession session) : ICommandHandler<UnlockLocalAccount, Outcome<bool>>
{
    public async ValueTask<Outcome<bool>> Handle(UnlockLocalAccount command, CancellationToken cancellationToken) =>
        await AccountStreams.AppendAsync(session, command.AccountId, new LocalAccountUnlocked(command.AccountId), cancellationToken);
}
