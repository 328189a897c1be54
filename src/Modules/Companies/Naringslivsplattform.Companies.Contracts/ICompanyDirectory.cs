namespace Naringslivsplattform.Companies.Contracts;

/// <summary>A company in the register, as other modules may know it.</summary>
public sealed record CompanyReference(Guid Id, string Name, string OrganisationNumber, string Locality);

/// <summary>Looks companies up in the register of the caller's municipality; the Companies module implements it.</summary>
public interface ICompanyDirectory
{
    /// <summary>The companies among <paramref name="ids"/> that are registered; an unknown id is simply not in the result.</summary>
    Task<IReadOnlyList<CompanyReference>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>Companies whose name or organisation number contains <paramref name="text"/>, by name, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<CompanyReference>> SearchAsync(string text, int limit, CancellationToken cancellationToken);
}
