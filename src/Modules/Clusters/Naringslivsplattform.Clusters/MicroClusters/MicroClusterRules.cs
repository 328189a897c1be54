using System.Net.Mail;
using Naringslivsplattform.BuildingBlocks.Reference;
using Naringslivsplattform.BuildingBlocks.Texts;
using Naringslivsplattform.Clusters.Reference;
using Naringslivsplattform.Companies.Contracts;

namespace Naringslivsplattform.Clusters.MicroClusters;

/// <summary>A cluster's contact person as a request names it; every part optional until the rules say otherwise.</summary>
internal sealed record ContactRequest(string? Name, string? Phone, string? Email);

/// <summary>
/// The rules of a micro-cluster. Pure: (state, request, what the reference lists, other clusters and the company register
/// say) → the event to append, or why nothing may be appended.
/// </summary>
internal static class MicroClusterRules
{
    public const int MaxNameLength = 100;
    public const int MaxPhoneLength = 30;
    public const int MaxEmailLength = 254;

    /// <param name="otherNames">The names of the municipality's other clusters; a name is unique among them, case aside.</param>
    public static Outcome<MicroClusterCreated> Create(Guid clusterId, CreateClusterRequest request, MunicipalityReference reference, IReadOnlyCollection<string> otherNames)
    {
        var name = CheckName(request.Name, otherNames);
        if (name.Value is not { } validName)
        {
            return name.Error!;
        }

        Locality? locality = null;
        if (!string.IsNullOrWhiteSpace(request.Locality) && (locality = reference.FindLocality(request.Locality)) is null)
        {
            return new DomainError("cluster.unknown-locality", SwedishFormat.Format(ClustersTexts.ClusterUnknownLocality, request.Locality.Trim()));
        }

        ClusterContact? contact = null;
        if (request.Contact is { } requested && !IsBlank(requested))
        {
            var checkedContact = CheckContact(requested);
            if (checkedContact.Value is null)
            {
                return checkedContact.Error!;
            }

            contact = checkedContact.Value;
        }

        return new MicroClusterCreated(clusterId, validName, locality?.Name, locality?.Area, contact);
    }

    public static Outcome<MicroClusterRenamed> Rename(MicroCluster cluster, RenameClusterRequest request, IReadOnlyCollection<string> otherNames)
    {
        var name = CheckName(request.Name, otherNames);
        return name.Value is { } validName
            ? new MicroClusterRenamed(cluster.Id, validName, [.. cluster.Members.Select(m => m.CompanyId)])
            : name.Error!;
    }

    public static Outcome<ClusterContactChanged> ChangeContact(MicroCluster cluster, ContactRequest request)
    {
        var contact = CheckContact(request);
        return contact.Value is { } valid ? new ClusterContactChanged(cluster.Id, valid) : contact.Error!;
    }

    /// <param name="company">The company named, as the register knows it; null when it is not registered.</param>
    public static Outcome<ClusterMemberAdded> AddMember(MicroCluster cluster, CompanyReference? company)
    {
        if (company is null)
        {
            return UnknownCompany;
        }

        return cluster.HasMember(company.Id)
            ? new DomainError("cluster.already-member", SwedishFormat.Format(ClustersTexts.ClusterAlreadyMember, company.Name), StatusCodes.Status409Conflict)
            : new ClusterMemberAdded(cluster.Id, cluster.Name, company.Id, company.Name);
    }

    public static Outcome<ClusterMemberRemoved> RemoveMember(MicroCluster cluster, Guid companyId) =>
        cluster.HasMember(companyId)
            ? new ClusterMemberRemoved(cluster.Id, companyId)
            : new DomainError("cluster.not-a-member", ClustersTexts.ClusterNotAMember, StatusCodes.Status404NotFound);

    public static readonly DomainError UnknownCompany = new("cluster.unknown-company", ClustersTexts.ClusterUnknownCompany);

    private static Outcome<string> CheckName(string? requested, IReadOnlyCollection<string> otherNames)
    {
        if (TextInput.Required(requested, MaxNameLength, new DomainError("cluster.name-required", SwedishFormat.Format(ClustersTexts.ClusterNameRequired, MaxNameLength)))
            is { } invalid)
        {
            return invalid;
        }

        var name = requested!.Trim();
        return otherNames.Contains(name, StringComparer.OrdinalIgnoreCase)
            ? new DomainError("cluster.duplicate-name", SwedishFormat.Format(ClustersTexts.ClusterDuplicateName, name), StatusCodes.Status409Conflict)
            : name;
    }

    private static Outcome<ClusterContact> CheckContact(ContactRequest request)
    {
        if (TextInput.Required(request.Name, MaxNameLength, new DomainError("cluster.contact-name-required", SwedishFormat.Format(ClustersTexts.ClusterContactNameRequired, MaxNameLength)))
            is { } nameRequired)
        {
            return nameRequired;
        }

        var phone = TextInput.TrimmedOrNull(request.Phone);
        if (phone is { Length: > MaxPhoneLength } || phone?.Any(c => !char.IsDigit(c) && c is not (' ' or '-' or '+' or '(' or ')')) == true)
        {
            return new DomainError("cluster.contact-phone-invalid", ClustersTexts.ClusterContactPhoneInvalid);
        }

        var email = TextInput.TrimmedOrNull(request.Email);
        if (email is not null && (email.Length > MaxEmailLength || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email))
        {
            return new DomainError("cluster.contact-email-invalid", ClustersTexts.ClusterContactEmailInvalid);
        }

        return new ClusterContact(request.Name!.Trim(), phone, email);
    }

    private static bool IsBlank(ContactRequest request) =>
        TextInput.TrimmedOrNull(request.Name) is null && TextInput.TrimmedOrNull(request.Phone) is null && TextInput.TrimmedOrNull(request.Email) is null;
}
