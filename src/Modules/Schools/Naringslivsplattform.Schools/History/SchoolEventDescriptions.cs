using System.Globalization;
using Naringslivsplattform.BuildingBlocks.History;
using Naringslivsplattform.Schools.Resources;
using Naringslivsplattform.Schools.Schools;

namespace Naringslivsplattform.Schools.History;

/// <summary>What the Schools module's events mean, in one Swedish sentence each, for every history panel and endpoint.</summary>
internal sealed class SchoolEventDescriptions : IEventDescriptions
{
    private static readonly Dictionary<Type, Func<object, string>> ByType = new()
    {
        [typeof(SchoolRegistered)] = Of<SchoolRegistered>(e => Format(SchoolsTexts.HistorySchoolRegistered, e.Name)),
        [typeof(SchoolRenamed)] = Of<SchoolRenamed>(e => Format(SchoolsTexts.HistorySchoolRenamed, e.Name)),
        [typeof(ProgrammeAdded)] = Of<ProgrammeAdded>(e => Format(SchoolsTexts.HistoryProgrammeAdded, e.Programme.Name)),
    };

    public string? Describe(object data) => ByType.TryGetValue(data.GetType(), out var describe) ? describe(data) : null;

    private static Func<object, string> Of<TEvent>(Func<TEvent, string> describe) => data => describe((TEvent)data);

    private static string Format(string template, params object[] values) => string.Format(CultureInfo.GetCultureInfo("sv-SE"), template, values);
}
