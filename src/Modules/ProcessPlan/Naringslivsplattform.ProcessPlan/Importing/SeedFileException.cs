using System.Globalization;

namespace Naringslivsplattform.ProcessPlan.Importing;

/// <summary>A seed file that cannot be imported; the message (Swedish, for the operator) names the file and the field.</summary>
internal sealed class SeedFileException : Exception
{
    public SeedFileException(string file, string field, string problem, Exception? inner = null)
        : base(string.Format(CultureInfo.InvariantCulture, ProcessPlanTexts.SeedInvalid, file, field, problem), inner)
    {
        File = file;
        Field = field;
    }

    public string File { get; }

    public string Field { get; }
}
