using MudBlazor;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.Schools.CouncilMeetings;
using Naringslivsplattform.Schools.Demo;
using Naringslivsplattform.Schools.IndustryCouncils;
using Naringslivsplattform.Schools.LeadTeacherMeetings;
using Naringslivsplattform.Schools.Schools;

namespace Naringslivsplattform.Schools;

/// <summary>School collaboration (activity 2.1): schools, upper-secondary programmes and their industry councils, and meetings with lead teachers.</summary>
public sealed class SchoolsModule : IModule
{
    public string Name => "Schools";

    public IReadOnlyList<IModuleFeature> Features { get; } =
        [new SchoolsFeature(), new IndustryCouncilsFeature(), new CouncilMeetingsFeature(), new LeadTeacherMeetingsFeature(), new DemoFeature()];

    public IReadOnlyList<NavigationEntry> Navigation =>
        [new(SchoolsTexts.Nav, "skolor", Icons.Material.Filled.School, PlatformPolicies.Read)];
}
