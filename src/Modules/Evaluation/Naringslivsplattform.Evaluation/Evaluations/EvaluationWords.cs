using System.Globalization;
using Naringslivsplattform.ProcessPlan.Contracts;

namespace Naringslivsplattform.Evaluation.Evaluations;

/// <summary>The evaluation's words and numbers in Swedish, the same on the dashboard, in the changes and in the reports.</summary>
internal static class EvaluationWords
{
    public static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static string Format(string template, params object?[] values) => string.Format(Swedish, template, values);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

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
    public static string Days(double? days) => days is { } value ? value.ToString("0.#", Swedish) : "–";

    /// <summary>"3 av 4", or a dash for a year without targets.</summary>
    public static string OutOf(int? done, int? of) => done is { } d && of is { } o ? Format(EvaluationTexts.OutOf, d, o) : "–";
}
