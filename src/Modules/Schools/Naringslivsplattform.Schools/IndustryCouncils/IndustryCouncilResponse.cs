namespace Naringslivsplattform.Schools.IndustryCouncils;

internal sealed record IndustryCouncilResponse(
    Guid Id, Guid SchoolId, string SchoolName, Guid ProgrammeId, string ProgrammeName, string Name, IReadOnlyList<CouncilMember> Members, long Version)
    : IVersionedResponse
{
    public static IndustryCouncilResponse Of(Versioned<IndustryCouncil> council) => Of(council.Value, council.Version);

    public static IndustryCouncilResponse Of(IndustryCouncil council, long version) =>
        new(council.Id, council.SchoolId, council.SchoolName, council.ProgrammeId, council.ProgrammeName, council.Name, council.Members, version);
}
