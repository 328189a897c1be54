using Naringslivsplattform.BuildingBlocks.History;
using Naringslivsplattform.YoungEnterprise.Resources;
using Naringslivsplattform.YoungEnterprise.StudentCompanies;
using Naringslivsplattform.YoungEnterprise.UfEvents;

namespace Naringslivsplattform.YoungEnterprise.History;

/// <summary>What the module's events mean, in one Swedish sentence each, for every history panel and endpoint.</summary>
internal sealed class YoungEnterpriseEventDescriptions : IEventDescriptions
{
    private static readonly Dictionary<Type, Func<object, string>> ByType = new()
    {
        [typeof(StudentCompanyRegistered)] = Of<StudentCompanyRegistered>(e => Texts.Format(YoungEnterpriseTexts.HistoryStudentCompanyRegistered, e.Name, e.SchoolYear, e.SchoolName)),
        [typeof(StudentCompanyDetailsChanged)] = Of<StudentCompanyDetailsChanged>(e => Texts.Format(YoungEnterpriseTexts.HistoryStudentCompanyDetailsChanged, e.Name, e.Students)),
        [typeof(StudentCompanyMentorSet)] = Of<StudentCompanyMentorSet>(e => Texts.Format(YoungEnterpriseTexts.HistoryStudentCompanyMentorSet, e.MentorName)),
        [typeof(StudentCompanyMentorRemoved)] = Of<StudentCompanyMentorRemoved>(_ => YoungEnterpriseTexts.HistoryStudentCompanyMentorRemoved),
        [typeof(StudentCompanyWoundUp)] = Of<StudentCompanyWoundUp>(e => Texts.Format(YoungEnterpriseTexts.HistoryStudentCompanyWoundUp, Texts.Day(e.WoundUpOn))),
        [typeof(UfEventPlanned)] = Of<UfEventPlanned>(e => Texts.Format(YoungEnterpriseTexts.HistoryUfEventPlanned, e.Title, Texts.Day(e.PlannedOn))),
        [typeof(UfEventRescheduled)] = Of<UfEventRescheduled>(e => Texts.Format(YoungEnterpriseTexts.HistoryUfEventRescheduled, Texts.Day(e.PlannedOn))),
        [typeof(UfEventHeld)] = Of<UfEventHeld>(e => Texts.Format(
            YoungEnterpriseTexts.HistoryUfEventHeld, Texts.Day(e.HeldOn), e.Participation.Students, e.Participation.Classes, e.Participation.StudentCompanyIds.Count,
            e.Participation.Visitors)),
        [typeof(UfEventCancelled)] = Of<UfEventCancelled>(e => Texts.Format(YoungEnterpriseTexts.HistoryUfEventCancelled, e.Reason)),
    };

    public string? Describe(object data) => ByType.TryGetValue(data.GetType(), out var describe) ? describe(data) : null;

    private static Func<object, string> Of<TEvent>(Func<TEvent, string> describe) => data => describe((TEvent)data);
}
