using System.Reflection;
using Naringslivsplattform.ProcessPlan.Actions;
using Naringslivsplattform.ProcessPlan.LeadershipDecisions;
using Naringslivsplattform.ProcessPlan.Plans;
using Naringslivsplattform.ProcessPlan.Timeline;
using Naringslivsplattform.ProcessPlan.TimeTravel;

namespace Naringslivsplattform.ProcessPlan.Tests;

/// <summary>
/// An "as of" read reads only the event types it names, then folds them with each state's own Create/Apply (Marten's
/// aggregator). A state that learns a new event without the read naming it would silently differ in the past from now:
/// every event a state's Create/Apply takes must be among the events its "as of" read reads.
/// </summary>
public sealed class AsOfFoldCoverageTests
{
    [Fact]
    public void Every_event_an_action_applies_is_read_by_the_facts_as_of_an_instant() =>
        Assert.Empty(EventsTakenBy<PlanAction>().Except(PlanFactsAsOf.ActionEvents));

    [Fact]
    public void Every_event_a_leadership_decision_applies_is_read_by_the_facts_as_of_an_instant() =>
        Assert.Empty(EventsTakenBy<LeadershipDecision>().Except(PlanFactsAsOf.DecisionEvents));

    [Fact]
    public void Every_event_a_contribution_entry_applies_is_a_contribution_the_facts_as_of_an_instant_read() =>
        Assert.DoesNotContain(EventsTakenBy<TimelineEntry>(), type => !type.IsAssignableTo(PlanFactsAsOf.ContributionEvents));

    [Fact]
    public void Every_event_the_plan_applies_is_a_registered_plan_event_which_the_plan_as_of_a_day_folds_from_its_stream() =>
        Assert.Empty(EventsTakenBy<Plan>().Except(PlanEventTypes.All));

    [Fact]
    public void The_states_take_events_at_all_so_the_checks_above_are_not_empty_by_mistake()
    {
        Assert.Equal(4, EventsTakenBy<PlanAction>().Count);
        Assert.Equal(4, EventsTakenBy<LeadershipDecision>().Count);
        Assert.Equal(4, EventsTakenBy<TimelineEntry>().Count);
        Assert.Equal(15, EventsTakenBy<Plan>().Count);
    }

    /// <summary>The event types of the state's public Create and Apply methods, the conventions Marten folds by.</summary>
    private static IReadOnlyCollection<Type> EventsTakenBy<T>() =>
    [
        .. typeof(T).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => m.Name is "Create" or "Apply")
            .Select(m => m.GetParameters()[0].ParameterType)
            .Distinct(),
    ];
}
