namespace Naringslivsplattform.Schools.IndustryCouncils;

/// <param name="RequestId">
/// The request that started it: derived from the caller and the Idempotency-Key when one was sent, else an id of its
/// own (null in councils started so before ADR 0015), so a retry is told from a second council for the programme.
/// </param>
internal sealed record IndustryCouncilStarted(Guid CouncilId, Guid SchoolId, string SchoolName, Guid ProgrammeId, string ProgrammeName, string Name, Guid? RequestId);

/// <param name="CouncilName">The council's name when the company joined, for the company's tie.</param>
internal sealed record CouncilMemberAdded(Guid CouncilId, CouncilMember Member, string CouncilName);

internal sealed record CouncilMemberRemoved(Guid CouncilId, Guid CompanyId);

/// <summary>The council's school was renamed; its member companies are told the council's new name.</summary>
internal sealed record CouncilSchoolRenamed(Guid CouncilId, string SchoolName, string Name, IReadOnlyList<Guid> MemberIds);

internal static class IndustryCouncilEventTypes
{
    public static readonly Type[] All = [typeof(IndustryCouncilStarted), typeof(CouncilMemberAdded), typeof(CouncilMemberRemoved), typeof(CouncilSchoolRenamed)];
}
