using Naringslivsplattform.Access.Accounts;

namespace Naringslivsplattform.Access.Tests;

/// <summary>Folds events into an account the way the event store does, for given-events tests without a database.</summary>
internal static class AccountEvolution
{
    public static readonly Guid AccountId = Guid.Parse("0196a1b2-0000-7000-8000-000000000001");

    public static LocalAccountCreated Created(params string[] roles) =>
        new(AccountId, "2462", "anna.andersson", "Anna Andersson", "hash", roles.Length == 0 ? ["Läsare"] : roles);

    public static LocalAccount Replay(params object[] events) =>
        events.Aggregate((LocalAccount?)null, Evolve) ?? throw new InvalidOperationException("No account was created.");

    public static LocalAccount Evolve(LocalAccount? account, object @event) => @event switch
    {
        LocalAccountCreated e => LocalAccount.Create(e),
        LocalAccountRolesChanged e => account!.Apply(e),
        LocalAccountPasswordChanged e => account!.Apply(e),
        SignInSucceeded e => account!.Apply(e),
        SignInFailed e => account!.Apply(e),
        LocalAccountLockedOut e => account!.Apply(e),
        LocalAccountUnlocked e => account!.Apply(e),
        _ => throw new ArgumentException($"Unknown event {@event.GetType().Name}", nameof(@event)),
    };
}
