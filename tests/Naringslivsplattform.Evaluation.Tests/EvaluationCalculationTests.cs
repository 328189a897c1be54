using Naringslivsplattform.Companies.Contracts;
using Naringslivsplattform.Evaluation.Evaluations;
using Naringslivsplattform.ProcessPlan.Contracts;

namespace Naringslivsplattform.Evaluation.Tests;

public sealed class EvaluationCalculationTests
{
    private static readonly PlanPeriod Plan = new(Guid.Parse("5b0c7f3e-0000-4000-8000-000000000001"), "Processplan 2023–2024", 2023, 2024);

    private static TargetRecord Target(string key, string code, int done, int required, TargetStanding standing) =>
        new(key, code, TargetRecordKind.Count, $"Mål {key}", done, required, standing, null, []);

    private static PlanYearRecord Year(int year, IReadOnlyList<TargetRecord> targets, IReadOnlyList<ActionTally> actions) => new(
        Plan,
        year,
        new DateOnly(year, 12, 31),
        [new MeasureRecord(1, "Insats ett", ["1.1", "1.2"]), new MeasureRecord(2, "Insats två", ["2.1"]), new MeasureRecord(3, "Insats tre", [])],
        [new ActivityRecord("1.1", 1, "Externa kontakter", "Näringslivsråd"), new ActivityRecord("1.2", 1, "Externa kontakter", "Mikrokluster"), new ActivityRecord("2.1", 2, "Strategiska", "Branschråd")],
        targets,
        actions,
        [],
        [new ClusterRecord("Saxnäs", 1), new ClusterRecord("Klimpfjäll", 0)]);

    private static CompanyWorkYear Work(int year, int visited, int closed, double? median) => new(
        year, 10, visited, visited + 1, 1,
        [new SectionReach("A", "Jordbruk", 2, 0, 0), new SectionReach("C", "Tillverkning", 3, visited, visited + 1), new SectionReach("K", "Finans", 0, 0, 0)],
        new FollowUpFigures(4, closed, 1, median, null));

    [Fact]
    public void Activities_carry_their_targets_and_actions_and_measures_roll_them_up()
    {
        var year = Year(
            2024,
            [Target("rad", "1.1", 4, 4, TargetStanding.Met), Target("kluster", "1.2", 1, 2, TargetStanding.Behind), Target("bransch", "2.1", 1, 2, TargetStanding.OnTrack)],
            [new ActionTally("1.1", "BusinessCouncilMeeting", "Näringslivsråd", 0, 4, 1), new ActionTally("1.2", "ClusterMeeting", "Klustermöte", 2, 1, 0)]);

        var evaluation = EvaluationCalculation.Calculate(year, Work(2024, 2, 3, 12.5), Year(2023, [Target("rad", "1.1", 2, 4, TargetStanding.Behind)], []), Work(2023, 1, 1, 30));

        Assert.Equal($"{Plan.PlanId:N}-2024", evaluation.Id);
        Assert.Equal(
            [("1.1", TargetStanding.Met, 4), ("1.2", TargetStanding.Behind, 1), ("2.1", TargetStanding.OnTrack, 0)],
            evaluation.Activities.Select(a => (a.Code, a.Standing!.Value, a.Actions.Sum(x => x.Held))));
        Assert.Equal(
            [(1, 1, 2, 5, (TargetStanding?)TargetStanding.Behind), (2, 0, 1, 0, TargetStanding.OnTrack), (3, 0, 0, 0, null)],
            evaluation.Measures.Select(m => (m.Number, m.TargetsMet, m.Targets, m.ActionsHeld, m.Standing)));
        Assert.Equal(["A"], evaluation.SectionsNotReached);
        Assert.Equal((5, 1, 3, 2, 3, 12.5), (evaluation.KeyFigures.ActionsHeld, evaluation.KeyFigures.TargetsMet!.Value, evaluation.KeyFigures.Targets!.Value,
            evaluation.KeyFigures.CompaniesVisited, evaluation.KeyFigures.FollowUpsClosed, evaluation.KeyFigures.MedianDaysToClose!.Value));
        Assert.Equal((2023, 0, 1, 1, 30.0), (evaluation.PreviousYear.Year, evaluation.PreviousYear.TargetsMet!.Value, evaluation.PreviousYear.Targets!.Value,
            evaluation.PreviousYear.CompaniesVisited, evaluation.PreviousYear.MedianDaysToClose!.Value));
    }

    [Fact]
    public void A_year_the_plan_does_not_cover_has_no_target_figures_to_compare_with()
    {
        var evaluation = EvaluationCalculation.Calculate(Year(2023, [], []), Work(2023, 1, 0, null), null, Work(2022, 0, 0, null));

        Assert.Null(evaluation.PreviousYear.Targets);
        Assert.Null(evaluation.PreviousYear.TargetsMet);
        Assert.All(evaluation.Activities, a => Assert.Null(a.Standing));
    }

    [Fact]
    public void Changes_list_the_lines_that_differ_in_the_evaluations_own_words()
    {
        var then = EvaluationCalculation.Calculate(
            Year(2024, [Target("rad", "1.1", 3, 4, TargetStanding.OnTrack)], [new ActionTally("1.1", "BusinessCouncilMeeting", "Näringslivsråd", 1, 3, 0)]),
            Work(2024, 2, 3, null), null, Work(2023, 0, 0, null));
        var now = EvaluationCalculation.Calculate(
            Year(2024, [Target("rad", "1.1", 4, 4, TargetStanding.Met)], [new ActionTally("1.1", "BusinessCouncilMeeting", "Näringslivsråd", 0, 4, 0)]),
            Work(2024, 2, 3, null), null, Work(2023, 0, 0, null)) with { Day = new DateOnly(2025, 3, 1) };

        var changes = EvaluationComparison.Compare(then, now);

        Assert.Contains(new EvaluationChange("Mål", "1.1 Mål rad", "3 av 4 (i fas)", "4 av 4 (uppnått)"), changes);
        Assert.Contains(new EvaluationChange("Åtgärder", "1.1 Näringslivsråd", "3 genomförda, 1 planerade, 0 inställda", "4 genomförda, 0 planerade, 0 inställda"), changes);
        Assert.Contains(new EvaluationChange("Nyckeltal", "Genomförda åtgärder", "3", "4"), changes);
        Assert.DoesNotContain(changes, c => c.Area == "Mikrokluster" || c.Area == "Besök per SNI-avdelning");
        Assert.Empty(EvaluationComparison.Compare(now, now));
    }
}
