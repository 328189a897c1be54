using Marten;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Naringslivsplattform.Access.Resources;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.BuildingBlocks.Tenancy;

namespace Naringslivsplattform.Access.Accounts;

internal sealed record CreateLocalAccount(string UserName, string DisplayName, string Password, IReadOnlyList<string> Roles)
    : ICommand<Outcome<AccountSummary>>;

internal sealed class CreateLocalAccountHandler(
    IDocumentSession session, MunicipalityContext municipality, IPasswordHasher<LocalAccount> hasher)
    : ICommandHandler<CreateLocalAccount, Outcome<AccountSummary>>
{
    private static readonly DomainError UserNameTaken = new("account.user-name-taken", AccessTexts.UserNameTaken, 409);

    public async ValueTask<Outcome<AccountSummary>> Handle(CreateLocalAccount command, CancellationToken cancellationToken)
    {
        if ((AccountRules.CheckUserName(command.UserName) ?? AccountRules.CheckDisplayName(command.DisplayName)
                ?? AccountRules.CheckPassword(command.Password) ?? AccountRules.CheckRoles(command.Roles)) is { } invalid)
        {
            return invalid;
        }

        var userName = LocalAccount.Normalize(command.UserName);
        if (await session.Query<LocalAccount>().AnyAsync(a => a.AnyTenant() && a.UserName == userName, cancellationToken))
        {
            return UserNameTaken;
        }

        var id = Guid.CreateVersion7();
        var hash = hasher.HashPassword(null!, command.Password);
        var created = new LocalAccountCreated(id, municipality.Code, userName, command.DisplayName.Trim(), hash, [.. command.Roles.Distinct()]);
        session.Events.StartStream<LocalAccount>(id, created);
        await session.SaveChangesAsync(cancellationToken);
        return AccountSummary.Of(LocalAccount.Create(created));
    }
}
