namespace Naringslivsplattform.Schools.Schools;

/// <summary>What every slice of a school's stream shares: how a change to it is refused, and what keyed creates of it are derived from.</summary>
internal static class SchoolStreams
{
    public static readonly StreamErrors Errors =
        StreamErrors.For("school", SchoolsTexts.SchoolNotFound, SchoolsTexts.SchoolVersionStale, SchoolsTexts.SchoolVersionRequired);

    /// <summary>The kind of stream in keyed school ids (ADR 0007); never change it, or retries stop finding their school.</summary>
    public static readonly Guid Kind = new("3c9e1f70-6a2b-4d5e-8f41-2b7d0c9a5e13");
}
