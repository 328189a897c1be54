namespace Naringslivsplattform.Evaluation.Evaluations;

/// <summary>What the evaluation said on <paramref name="Since"/> and says on <paramref name="Now"/>, line by line where they differ.</summary>
internal sealed record EvaluationChanges(int Year, DateOnly Since, DateOnly Now, IReadOnlyList<EvaluationChange> Changes);

/// <param name="Area">Where in the evaluation, e.g. "Mål".</param>
/// <param name="Item">What, e.g. "1.1 Minst fyra möten i näringslivsrådet per år".</param>
/// <param name="Before">Null when the line did not exist then.</param>
/// <param name="After">Null when the line no longer exists.</param>
internal sealed record EvaluationChange(string Area, string Item, string? Before, string? After);

/// <summary>
/// Compares two evaluations of the same plan-year by their readable lines, so a change reads as the evaluation reads:
/// "1.1 Näringslivsråd: 3 av 4 → 4 av 4". The day the figures stand on is not itself a change.
/// </summary>
internal static class EvaluationComparison
{
    public static IReadOnlyList<EvaluationChange> Compare(AnnualEvaluation then, AnnualEvaluation now)
    {
        var before = Lines(then).ToDictionary(l => (l.Area, l.Item), l => l.Value);
        var after = Lines(now).ToDictionary(l => (l.Area, l.Item), l => l.Value);
        return [.. before.Keys.Concat(after.Keys).Distinct()
            .Select(key => new EvaluationChange(key.Area, key.Item, before.GetValueOrDefault(key), after.GetValueOrDefault(key)))
            .Where(change => change.Before != change.After)];
    }

    /// <summary>Every figure of the evaluation as an (area, item, value) line, in the evaluation's order.</summary>
    public static IEnumerable<(string Area, string Item, string Value)> Lines(AnnualEvaluation evaluation)
    {
        foreach (var measure in evaluation.Measures)
        {
            yield return (EvaluationTexts.AreaMeasures, SwedishFormat.Format(EvaluationTexts.MeasureItem, measure.Number),
                SwedishFormat.Format(EvaluationTexts.MeasureValue, EvaluationWords.OutOf(measure.TargetsMet, measure.Targets), measure.ActionsHeld, EvaluationWords.Standing(measure.Standing)));
        }

        foreach (var activity in evaluation.Activities)
        {
            foreach (var target in activity.Targets)
            {
                yield return (EvaluationTexts.AreaTargets, $"{activity.Code} {target.Description}",
                    $"{EvaluationWords.OutOf(target.Done, target.Required)} ({EvaluationWords.Standing(target.Standing)})");
            }

            foreach (var tally in activity.Actions)
            {
                yield return (EvaluationTexts.AreaActions, $"{activity.Code} {tally.KindName}",
                    SwedishFormat.Format(EvaluationTexts.TallyValue, tally.Held, tally.Planned, tally.Cancelled));
            }
        }

        foreach (var section in evaluation.Sections.Where(s => s.Companies > 0 || s.Visits > 0))
        {
            yield return (EvaluationTexts.AreaSections, $"{section.Code} {section.Name}",
                SwedishFormat.Format(EvaluationTexts.SectionValue, section.Visits, section.CompaniesVisited, section.Companies));
        }

        foreach (var cluster in evaluation.Clusters)
        {
            yield return (EvaluationTexts.AreaClusters, cluster.Name, SwedishFormat.Format(EvaluationTexts.ClusterValue, cluster.MeetingsHeld));
        }

        foreach (var decision in evaluation.Decisions)
        {
            yield return (EvaluationTexts.AreaDecisions, $"{decision.ActivityCode} {decision.Subject}",
                $"{EvaluationWords.Decision(decision.Standing)}, {EvaluationWords.DeadlineMet(decision.DeadlineMet)}");
        }

        foreach (var (item, value) in KeyFigureLines(evaluation.KeyFigures))
        {
            yield return (EvaluationTexts.AreaKeyFigures, item, value);
        }
    }

    /// <summary>The key figures as (name, value) pairs, in the order the dashboard and reports list them.</summary>
    public static IEnumerable<(string Name, string Value)> KeyFigureLines(KeyFigures figures)
    {
        yield return (EvaluationTexts.FigureActionsHeld, figures.ActionsHeld.ToString(SwedishFormat.Culture));
        yield return (EvaluationTexts.FigureTargetsMet, EvaluationWords.OutOf(figures.TargetsMet, figures.Targets));
        yield return (EvaluationTexts.FigureCompaniesVisited, figures.CompaniesVisited.ToString(SwedishFormat.Culture));
        yield return (EvaluationTexts.FigureVisitsHeld, figures.VisitsHeld.ToString(SwedishFormat.Culture));
        yield return (EvaluationTexts.FigureVisitsWithPoliticians, figures.VisitsWithPoliticians.ToString(SwedishFormat.Culture));
        yield return (EvaluationTexts.FigureFollowUpsOpened, figures.FollowUpsOpened.ToString(SwedishFormat.Culture));
        yield return (EvaluationTexts.FigureFollowUpsClosed, figures.FollowUpsClosed.ToString(SwedishFormat.Culture));
        yield return (EvaluationTexts.FigureFollowUpsOverdue, figures.FollowUpsOverdue.ToString(SwedishFormat.Culture));
        yield return (EvaluationTexts.FigureMedianDaysToClose, EvaluationWords.Days(figures.MedianDaysToClose));
        yield return (EvaluationTexts.FigureMedianDaysToFeedback, EvaluationWords.Days(figures.MedianDaysToFeedback));
    }
}
