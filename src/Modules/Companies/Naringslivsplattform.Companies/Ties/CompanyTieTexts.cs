using Naringslivsplattform.Companies.Contracts;

namespace Naringslivsplattform.Companies.Ties;

internal static class CompanyTieTexts
{
    /// <summary>The kind in Swedish; a kind a newer module sends that has no name yet shows its key.</summary>
    public static string KindName(string kind) => kind switch
    {
        CompanyTieKinds.ClusterMembership => CompaniesTexts.TieKindClusterMembership,
        CompanyTieKinds.IndustryCouncilSeat => CompaniesTexts.TieKindIndustryCouncilSeat,
        CompanyTieKinds.StudentCompanyMentor => CompaniesTexts.TieKindStudentCompanyMentor,
        _ => kind,
    };

    /// <summary>Kinds in the order the company page lists them; unknown ones last.</summary>
    public static int Order(string kind) => CompanyTieKinds.All.TakeWhile(k => k != kind).Count();
}
