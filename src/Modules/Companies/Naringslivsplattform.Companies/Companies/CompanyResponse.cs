using System.Globalization;
using Microsoft.AspNetCore.Http;
using Naringslivsplattform.Companies.Reference;

namespace Naringslivsplattform.Companies.Companies;

/// <param name="IsPersonalIdentityNumber">The organisation number is a sole trader's personnummer: personal data.</param>
/// <param name="SizeClass">A label: 0, 1-4, 5-9, 10-19, 20-49, 50-249 or 250+ employees.</param>
internal sealed record CompanyResponse(
    Guid Id,
    string OrganisationNumber,
    bool IsPersonalIdentityNumber,
    string Name,
    IReadOnlyList<SniCode> SniCodes,
    string Locality,
    string SizeClass,
    IReadOnlyList<ContactPerson> Contacts,
    long Version)
{
    public static CompanyResponse Of(Company company, long version) =>
        new(company.Id, company.OrganisationNumber.Value, company.OrganisationNumber.IsPersonalIdentityNumber, company.Name, company.SniCodes,
            company.Locality, SizeClasses.Label(company.SizeClass), company.Contacts, version);
}

/// <summary>The company stream's version as an entity tag: a change must send the version it was based on in If-Match.</summary>
internal static class CompanyVersions
{
    public static void SetETag(HttpContext http, long version) =>
        http.Response.Headers.ETag = $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    public static long? FromIfMatch(HttpRequest request) =>
        long.TryParse(request.Headers.IfMatch.ToString().Trim().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null;
}
