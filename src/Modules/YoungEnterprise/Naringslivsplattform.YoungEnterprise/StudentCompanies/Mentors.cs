using Naringslivsplattform.Companies.Contracts;

namespace Naringslivsplattform.YoungEnterprise.StudentCompanies;

/// <summary>A mentor company named by id, looked up in the company register.</summary>
internal static class Mentors
{
    /// <returns>Null when no id is given or the register has no such company.</returns>
    public static async Task<CompanyReference?> FindAsync(ICompanyDirectory companies, Guid? mentorId, CancellationToken cancellationToken) =>
        mentorId is { } id && await companies.FindAsync([id], cancellationToken) is [var found, ..] ? found : null;
}
