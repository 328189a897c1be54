using System.ComponentModel.DataAnnotations;

namespace Naringslivsplattform.BuildingBlocks.Tenancy;

public sealed class TenancyOptions
{
    public const string Section = "Tenancy";

    /// <summary>The municipality served when a request names none.</summary>
    [Required, RegularExpression("^[0-9]{4}$")]
    public string DefaultMunicipalityCode { get; set; } = Municipality.VilhelminaCode;
}
