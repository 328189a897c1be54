using Naringslivsplattform.Companies.Contracts;
using Naringslivsplattform.YoungEnterprise.StudentCompanies;

namespace Naringslivsplattform.YoungEnterprise.Tests;

/// <summary>The messages the mentor tie relay makes of the UF company's events, for the mentor's company page.</summary>
public sealed class StudentCompanyTiesTests
{
    private static readonly Guid StudentCompanyId = Guid.CreateVersion7();
    private static readonly Guid Bakery = Guid.CreateVersion7();
    private static readonly Guid Sawmill = Guid.CreateVersion7();

    private static CompanyTied TiedTo(Guid mentor, string holderName) =>
        new(mentor, StudentCompanyId, CompanyTieKinds.StudentCompanyMentor, holderName, $"uf/foretag/{StudentCompanyId}");

    [Fact]
    public void A_replaced_mentor_is_untied_and_the_new_one_tied_under_the_name_and_school_year()
    {
        var messages = StudentCompanyTies.MessagesOf(new StudentCompanyMentorSet(StudentCompanyId, Sawmill, "Sågverket AB", Bakery, "Fjällglass UF", "2023/24"));

        Assert.Equal([new CompanyUntied(Bakery, StudentCompanyId), TiedTo(Sawmill, "Fjällglass UF (2023/24)")], messages);
    }

    [Fact]
    public void A_first_mentor_is_only_tied()
    {
        var messages = StudentCompanyTies.MessagesOf(new StudentCompanyMentorSet(StudentCompanyId, Bakery, "Fjällbageriet AB", null, "Fjällglass UF", "2023/24"));

        Assert.Equal([TiedTo(Bakery, "Fjällglass UF (2023/24)")], messages);
    }

    [Fact]
    public void A_rename_ties_the_mentor_again_under_the_new_name_and_without_a_mentor_there_is_nothing_to_send()
    {
        Assert.Equal([TiedTo(Bakery, "Fjällglass & Bär UF (2023/24)")], StudentCompanyTies.Tied(Bakery, StudentCompanyId, "Fjällglass & Bär UF", "2023/24"));
        Assert.Empty(StudentCompanyTies.Tied(null, StudentCompanyId, "Fjällglass UF", "2023/24"));
    }
}
