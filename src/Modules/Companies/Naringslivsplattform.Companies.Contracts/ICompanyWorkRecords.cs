namespace Naringslivsplattform.Companies.Contracts;

/// <summary>
/// The year's work with companies (activity 1.3), as the Companies module's read models hold it now or as its events had
/// built it at an instant; the Companies module implements it for the caller's municipality. The annual evaluation is made
/// from it.
/// </summary>
public interface ICompanyWorkRecords
{
    /// <summary>
    /// Visits and follow-ups of each of <paramref name="years"/>, in the order asked. With <paramref name="until"/> null, as
    /// the read models hold them now, the visits and follow-ups read by the years asked (the register whole); with an
    /// instant, from every event appended up to it, read and folded once for all the years. Both agree for today.
    /// </summary>
    Task<IReadOnlyList<CompanyWorkYear>> ReadYearsAsync(IReadOnlyCollection<int> years, DateTimeOffset? until, CancellationToken cancellationToken);
}

/// <param name="CompaniesInRegister">Companies registered now, or at the instant.</param>
/// <param name="CompaniesVisited">Companies with at least one visit held in the year.</param>
/// <param name="VisitsWithPoliticians">Held visits in the year where at least one visitor was a politician.</param>
/// <param name="Sections">Every SNI section A–U in order, with its companies and the year's held visits.</param>
public sealed record CompanyWorkYear(
    int Year,
    int CompaniesInRegister,
    int CompaniesVisited,
    int VisitsHeld,
    int VisitsWithPoliticians,
    IReadOnlyList<SectionReach> Sections,
    FollowUpFigures FollowUps);

/// <summary>One SNI section: its companies, how many of them were visited, and the visits.</summary>
public sealed record SectionReach(string Code, string Name, int Companies, int CompaniesVisited, int Visits)
{
    /// <summary>Has companies, none visited in the year.</summary>
    public bool NotReached => Companies > 0 && Visits == 0;
}

/// <param name="Opened">Follow-ups opened in the year.</param>
/// <param name="Closed">Follow-ups closed in the year.</param>
/// <param name="Overdue">Open and past their due day at the end of the year (or at the instant, if earlier).</param>
/// <param name="MedianDaysToClose">Over the follow-ups closed in the year: days from opening to closing; null when none.</param>
/// <param name="MedianDaysToFeedback">Over the follow-ups whose feedback (återkoppling) was given in the year: days from opening to it; null when none.</param>
public sealed record FollowUpFigures(int Opened, int Closed, int Overdue, double? MedianDaysToClose, double? MedianDaysToFeedback);
