using Naringslivsplattform.Access.Accounts;
using Naringslivsplattform.TestSupport;

namespace Naringslivsplattform.Access.Tests;

/// <summary>Folds events into an account with Marten's aggregator, as the event store does, for given-events tests without a database.</summary>
internal static class AccountEvolution
{
    public static readonly Guid AccountId = Guid.Parse("0196a1b2-0000-7000-8000-000000000001");

    private static readonly MartenFold AccessFold = new(new AccessModule());

    public static LocalAccountCreated Created(params string[] roles) =>
        new(AccountId, "2462", "anna.andersson", "Anna Andersson", "hash", roles.Length == 0 ? ["Läsare"] : roles);

    public static LocalAccount Replay(params object[] events) =>
        AccessFold.Fold<LocalAccount>(null, events, AccountId) ?? throw new InvalidOperationException("No account was created.");

    public static LocalAccount Evolve(LocalAccount? account, object @event) =>
        AccessFold.Fold(account, [@event], AccountId) ?? throw new InvalidOperationException("No account was created.");
}
