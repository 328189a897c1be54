using Marten;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Naringslivsplattform.Access.Resources;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.BuildingBlocks.Tenancy;

namespace Naringslivsplattform.Access.Accounts;

internal sealed record CreateLocalAccount(string UserName, string DisplayName, string Password, IReadOnlyList<string> Roles)
    : ICommand<Outcome<Guid>>;

internal sealed class CreateLocalAccountHandler(
    IDocumentSession session, MunicipalityContext municipality, IPasswordHasher<LocalAccount> hasher)
    : ICommandHandler<CreateLocalAccount, Outcome<Guid>>
{
    public async ValueTask<Outcome<Guid>> Handle(CreateLocalAccount command, CancellationToken cancellationToken)
    {
        if ((AccountRules.CheckUserName(command.UserName) ?? AccountRules.CheckDisplayName(command.DisplayName)
                ?? AccountRules.CheckPassword(command.Password) ?? AccountRules.CheckRoles(command.Roles)) is { } invalid)
        {
            return invalid;
        }

        var userName = LocalAccount.Normalize(command.UserName);
        if (await session.Query<LocalAccount>().AnyAsync(a => a.AnyTenant() && a.UserName == userName, cancellationToken))
        {
            return new DomainError("account.user-name-taken", AccessTexts.UserNameTaken, 409);
        }

        var id = Guid.CreateVersion7();
        var hash = hasher.HashPassword(null!, command.Password);
        session.Events.StartStream<LocalAccount>(
            id, new LocalAccountCreated(id, municipality.Code, userName, command.DisplayName.Trim(), hash, [.. command.Roles.Distinct()]));
        await session.SaveChangesAsync(cancellationToken);
        return id;
    }
}
