namespace Naringslivsplattform.Schools.IndustryCouncils;

/// <summary>A company with a seat on the council; the seat holder's name is personal data.</summary>
internal sealed record CouncilMember(Guid CompanyId, string CompanyName, string? SeatHolder, string? SeatHolderRole);

/// <summary>The industry council (branschråd) of one upper-secondary programme, built from its own stream (inline snapshot).</summary>
/// <param name="Name">"Branschråd Försäljnings- och serviceprogrammet, Malgomajskolan": what pages and company ties show.</param>
internal sealed record IndustryCouncil(Guid Id, Guid SchoolId, string SchoolName, Guid ProgrammeId, string ProgrammeName, string Name, IReadOnlyList<CouncilMember> Members)
{
    public static IndustryCouncil Create(IndustryCouncilStarted started) =>
        new(started.CouncilId, started.SchoolId, started.SchoolName, started.ProgrammeId, started.ProgrammeName, started.Name, []);

    public IndustryCouncil Apply(CouncilMemberAdded added) => this with { Members = [.. Members, added.Member] };

    public IndustryCouncil Apply(CouncilMemberRemoved removed) => this with { Members = [.. Members.Where(m => m.CompanyId != removed.CompanyId)] };

    public IndustryCouncil Apply(CouncilSchoolRenamed renamed) => this with { SchoolName = renamed.SchoolName, Name = renamed.Name };
}
