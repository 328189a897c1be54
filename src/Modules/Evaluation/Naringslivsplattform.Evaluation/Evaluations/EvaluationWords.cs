using Naringslivsplattform.ProcessPlan.Contracts;

namespace Naringslivsplattform.Evaluation.Evaluations;

/// <summary>The evaluation's words and numbers in Swedish, the same on the dashboard, in the changes and in the reports.</summary>
internal static class EvaluationWords
{
    public static string Standing(TargetStanding? standing) => standing switch
    {
        TargetStanding.Met => EvaluationTexts.StandingMet,
        TargetStanding.OnTrack => EvaluationTexts.StandingOnTrack,
        TargetStanding.Behind => EvaluationTexts.StandingBehind,
        _ => EvaluationTexts.StandingNoTargets,
    };

    public static string Decision(DecisionStanding standing) => standing switch
    {
        DecisionStanding.Approved => EvaluationTexts.DecisionApproved,
        DecisionStanding.Rejected => EvaluationTexts.DecisionRejected,
        DecisionStanding.Withdrawn => EvaluationTexts.DecisionWithdrawn,
        _ => EvaluationTexts.DecisionAwaiting,
    };

    public static string DeadlineMet(bool? met) => met switch
    {
        true => EvaluationTexts.DeadlineMet,
        false => EvaluationTexts.DeadlineMissed,
        null => EvaluationTexts.DeadlineOpen,
    };

    /// <summary>Days with one decimal, or a dash when there is nothing to measure.</summary>
    public static string Days(double? days) => days is { } value ? value.ToString("0.#", SwedishFormat.Culture) : "–";

    /// <summary>"3 av 4", or a dash for a year without targets.</summary>
    public static string OutOf(int? done, int? of) => done is { } d && of is { } o ? SwedishFormat.Format(EvaluationTexts.OutOf, d, o) : "–";
}
