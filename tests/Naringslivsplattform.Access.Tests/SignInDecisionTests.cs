using Naringslivsplattform.Access.Accounts;
using Naringslivsplattform.Access.SigningIn;
using static Naringslivsplattform.Access.Tests.AccountEvolution;

namespace Naringslivsplattform.Access.Tests;

public sealed class SignInDecisionTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 10, 9, 0, 0, TimeSpan.FromHours(1));

    /// <summary>Decides each attempt at its own time and applies what it decided, as the sign-in endpoint does.</summary>
    private static (LocalAccount Account, List<SignInOutcome> Outcomes, List<object> Events) Attempt(
        LocalAccount account, params (bool PasswordMatches, DateTimeOffset At)[] attempts)
    {
        var outcomes = new List<SignInOutcome>();
        var events = new List<object>();
        foreach (var (matches, at) in attempts)
        {
            var (outcome, decided) = SignInDecision.Decide(account, matches, at);
            outcomes.Add(outcome);
            events.AddRange(decided);
            account = decided.Aggregate(account, (a, e) => Evolve(a, e)!);
        }

        return (account, outcomes, events);
    }

    private static (bool, DateTimeOffset)[] Wrong(int times, DateTimeOffset at) => [.. Enumerable.Repeat((false, at), times)];

    [Fact]
    public void The_right_password_on_an_open_account_signs_in()
    {
        var account = Replay(Created());

        var (outcome, events) = SignInDecision.Decide(account, passwordMatches: true, Now);

        Assert.Equal(SignInOutcome.SignedIn, outcome);
        Assert.Equal([new SignInSucceeded(AccountId)], events);
    }

    [Fact]
    public void A_wrong_password_is_refused_and_counted_as_one_more_failure_in_a_row()
    {
        var account = Replay(Created(), new SignInFailed(AccountId, 1), new SignInFailed(AccountId, 2));

        var (outcome, events) = SignInDecision.Decide(account, passwordMatches: false, Now);

        Assert.Equal(SignInOutcome.InvalidCredentials, outcome);
        Assert.Equal([new SignInFailed(AccountId, 3)], events);
    }

    [Fact]
    public void The_fifth_wrong_password_in_a_row_locks_the_account_for_fifteen_minutes()
    {
        var account = Replay([Created(), .. Enumerable.Range(1, 4).Select(n => new SignInFailed(AccountId, n))]);

        var (outcome, events) = SignInDecision.Decide(account, passwordMatches: false, Now);

        Assert.Equal(SignInOutcome.LockedOut, outcome);
        Assert.Equal([new SignInFailed(AccountId, 5), new LocalAccountLockedOut(AccountId, Now.AddMinutes(15))], events);
    }

    [Fact]
    public void Four_wrong_passwords_then_the_right_one_signs_in_and_the_count_starts_over()
    {
        var (account, outcomes, _) = Attempt(Replay(Created()), [.. Wrong(4, Now), (true, Now), .. Wrong(4, Now)]);

        Assert.Equal([.. Enumerable.Repeat(SignInOutcome.InvalidCredentials, 4), SignInOutcome.SignedIn, .. Enumerable.Repeat(SignInOutcome.InvalidCredentials, 4)], outcomes);
        Assert.Equal(4, account.ConsecutiveFailures);
        Assert.False(account.IsLockedAt(Now));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_locked_account_refuses_any_password_and_records_nothing(bool passwordMatches)
    {
        var account = Replay(Created(), new SignInFailed(AccountId, 5), new LocalAccountLockedOut(AccountId, Now.AddMinutes(15)));

        var (outcome, events) = SignInDecision.Decide(account, passwordMatches, Now.AddMinutes(14).AddSeconds(59));

        Assert.Equal(SignInOutcome.LockedOut, outcome);
        Assert.Empty(events);
    }

    [Fact]
    public void The_lockout_ends_fifteen_minutes_after_it_began()
    {
        var account = Replay(Created(), new SignInFailed(AccountId, 5), new LocalAccountLockedOut(AccountId, Now.AddMinutes(15)));

        var (outcome, events) = SignInDecision.Decide(account, passwordMatches: true, Now.AddMinutes(15));

        Assert.Equal(SignInOutcome.SignedIn, outcome);
        Assert.Equal([new SignInSucceeded(AccountId)], events);
        Assert.Null(Evolve(account, events[0])!.LockedUntil);
    }

    [Fact]
    public void After_an_expired_lockout_a_wrong_password_starts_a_new_count_instead_of_locking_again()
    {
        var account = Replay(Created(), new SignInFailed(AccountId, 5), new LocalAccountLockedOut(AccountId, Now.AddMinutes(15)));

        var (outcome, events) = SignInDecision.Decide(account, passwordMatches: false, Now.AddMinutes(20));

        Assert.Equal(SignInOutcome.InvalidCredentials, outcome);
        Assert.Equal([new SignInFailed(AccountId, 1)], events);
    }

    [Fact]
    public void After_an_expired_lockout_five_more_wrong_passwords_in_a_row_lock_the_account_again()
    {
        var later = Now.AddMinutes(20);
        var (account, outcomes, events) = Attempt(Replay(Created()), [.. Wrong(5, Now), .. Wrong(5, later)]);

        Assert.Equal([.. Enumerable.Repeat(SignInOutcome.InvalidCredentials, 4), SignInOutcome.LockedOut], outcomes[5..]);
        Assert.Equal([1, 2, 3, 4, 5], events.Skip(6).OfType<SignInFailed>().Select(f => f.ConsecutiveFailures));
        Assert.Equal(new LocalAccountLockedOut(AccountId, later.AddMinutes(15)), events[^1]);
        Assert.True(account.IsLockedAt(later.AddMinutes(14)));
    }

    [Fact]
    public void An_administrator_unlocking_the_account_lets_the_right_password_in_at_once()
    {
        var account = Replay(
            Created(), new SignInFailed(AccountId, 5), new LocalAccountLockedOut(AccountId, Now.AddMinutes(15)), new LocalAccountUnlocked(AccountId));

        var (outcome, _) = SignInDecision.Decide(account, passwordMatches: true, Now.AddMinutes(1));

        Assert.Equal(SignInOutcome.SignedIn, outcome);
    }

    [Fact]
    public void After_an_unlock_a_wrong_password_counts_from_one()
    {
        var account = Replay(
            Created(), new SignInFailed(AccountId, 5), new LocalAccountLockedOut(AccountId, Now.AddMinutes(15)), new LocalAccountUnlocked(AccountId));

        var (_, events) = SignInDecision.Decide(account, passwordMatches: false, Now.AddMinutes(1));

        Assert.Equal([new SignInFailed(AccountId, 1)], events);
    }
}
