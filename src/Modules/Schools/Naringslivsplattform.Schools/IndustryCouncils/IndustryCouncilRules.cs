using Naringslivsplattform.BuildingBlocks.Texts;
using Naringslivsplattform.Companies.Contracts;
using Naringslivsplattform.Schools.Schools;
using UUIDNext;

namespace Naringslivsplattform.Schools.IndustryCouncils;

/// <summary>The industry councils' rules. Pure: (state, request, what was looked up) → the event to append, or why nothing may be appended.</summary>
internal static class IndustryCouncilRules
{
    public const int MaxNameLength = 200;
    public const int MaxMembers = 50;

    private static readonly Guid CouncilNamespace = new("8e2d4b61-0c7f-4a93-b5d8-7f1e3c2a9b40");

    /// <summary>One council per programme: the council's stream id is derived from the programme, so the store refuses a second.</summary>
    public static Guid CouncilIdOf(Guid programmeId) => Uuid.NewNameBased(CouncilNamespace, programmeId.ToString());

    public static string NameOf(string programmeName, string schoolName) =>
        SwedishFormat.Format(SchoolsTexts.CouncilName, programmeName, schoolName);

    /// <param name="requestId">The request starting it (<see cref="IndustryCouncilStarted.RequestId"/>).</param>
    public static Outcome<IndustryCouncilStarted> Start(StartIndustryCouncilRequest request, School? school, Guid? requestId)
    {
        if (school is null)
        {
            return new DomainError("industry-council.unknown-school", SchoolsTexts.CouncilUnknownSchool);
        }

        if (school.Programmes.FirstOrDefault(p => p.Id == request.ProgrammeId) is not { } programme)
        {
            return new DomainError("industry-council.unknown-programme", SchoolsTexts.CouncilUnknownProgramme);
        }

        return new IndustryCouncilStarted(CouncilIdOf(programme.Id), school.Id, school.Name, programme.Id, programme.Name, NameOf(programme.Name, school.Name), requestId);
    }

    public static DomainError Duplicate(string programmeName) =>
        new("industry-council.duplicate", SwedishFormat.Format(SchoolsTexts.CouncilDuplicate, programmeName), StatusCodes.Status409Conflict);

    /// <param name="company">The company the request names, as the register knows it; null when it is not registered.</param>
    public static Outcome<CouncilMemberAdded> AddMember(IndustryCouncil council, CouncilMemberRequest request, CompanyReference? company)
    {
        if (company is null)
        {
            return UnknownCompany();
        }

        if (council.Members.Any(m => m.CompanyId == company.Id))
        {
            return new DomainError("industry-council.already-member", SwedishFormat.Format(SchoolsTexts.CouncilAlreadyMember, company.Name), StatusCodes.Status409Conflict);
        }

        if (council.Members.Count >= MaxMembers)
        {
            return new DomainError("industry-council.members-too-many", SwedishFormat.Format(SchoolsTexts.CouncilMembersTooMany, MaxMembers));
        }

        var holder = TextInput.TrimmedOrNull(request.SeatHolder);
        var role = TextInput.TrimmedOrNull(request.SeatHolderRole);
        if (holder?.Length > MaxNameLength || role?.Length > MaxNameLength)
        {
            return new DomainError("industry-council.seat-holder-invalid", SwedishFormat.Format(SchoolsTexts.CouncilSeatHolderInvalid, MaxNameLength));
        }

        return new CouncilMemberAdded(council.Id, new CouncilMember(company.Id, company.Name, holder, role), council.Name);
    }

    public static Outcome<CouncilMemberRemoved> RemoveMember(IndustryCouncil council, Guid companyId) =>
        council.Members.Any(m => m.CompanyId == companyId)
            ? new CouncilMemberRemoved(council.Id, companyId)
            : new DomainError("industry-council.not-a-member", SchoolsTexts.CouncilNotAMember, StatusCodes.Status404NotFound);

    /// <returns>Null when the council's name is unchanged by the school's new name.</returns>
    public static CouncilSchoolRenamed? SchoolRenamed(IndustryCouncil council, string schoolName) =>
        council.SchoolName == schoolName
            ? null
            : new CouncilSchoolRenamed(council.Id, schoolName, NameOf(council.ProgrammeName, schoolName), [.. council.Members.Select(m => m.CompanyId)]);

    public static DomainError UnknownCompany() => new("industry-council.unknown-company", SchoolsTexts.CouncilUnknownCompany);
}
