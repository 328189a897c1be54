using System.Globalization;

namespace Naringslivsplattform.Companies.Companies;

/// <summary>
/// A Swedish organisation number, stored as NNNNNN-NNNN. A legal entity's third and fourth digits are 20 or more;
/// a sole trader (enskild näringsidkare) has no number of its own and uses the owner's personnummer, which is
/// personal data: <see cref="IsPersonalIdentityNumber"/> marks it so it can be masked or erased on request.
/// </summary>
internal sealed record OrganisationNumber(string Value, bool IsPersonalIdentityNumber)
{
    /// <summary>
    /// What an erased personnummer is stored and shown as: no digit is kept, as even a year of birth with the
    /// locality and trade can point out one person in a small municipality (docs/adr/0010-erasing-personal-data.md).
    /// </summary>
    public static readonly OrganisationNumber Erased = new("XXXXXX-XXXX", true);

    public bool IsErased => this == Erased;

    /// <summary>
    /// Accepts ten digits with or without the hyphen; the tenth is the Luhn check digit over the first nine.
    /// <paramref name="soleTrader"/> says the number is the owner's personnummer (a valid date of birth, or of
    /// a samordningsnummer with 60 added to the day) rather than a legal entity's number.
    /// </summary>
    public static Outcome<OrganisationNumber> Parse(string? text, bool soleTrader)
    {
        var trimmed = text?.Trim() ?? "";
        var digits = trimmed.Length == 11 && trimmed[6] == '-' ? trimmed.Remove(6, 1) : trimmed;
        if (digits.Length != 10 || !digits.All(char.IsAsciiDigit) || !HasValidCheckDigit(digits))
        {
            return new DomainError("company.organisation-number-invalid", CompaniesTexts.CompanyOrganisationNumberInvalid);
        }

        if (soleTrader && !IsDateOfBirth(digits))
        {
            return new DomainError("company.personal-identity-number-invalid", CompaniesTexts.CompanyPersonalIdentityNumberInvalid);
        }

        if (!soleTrader && Number(digits, 2) < 20)
        {
            return new DomainError("company.organisation-number-not-legal-entity", CompaniesTexts.CompanyOrganisationNumberNotLegalEntity);
        }

        return new OrganisationNumber($"{digits[..6]}-{digits[6..]}", soleTrader);
    }

    /// <summary>Luhn: double every other digit from the first, add the digit sums; the tenth digit brings the total to a multiple of ten.</summary>
    public static bool HasValidCheckDigit(string tenDigits)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var product = (tenDigits[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }

        return (10 - sum % 10) % 10 == tenDigits[9] - '0';
    }

    public override string ToString() => Value;

    private static bool IsDateOfBirth(string digits)
    {
        var month = Number(digits, 2);
        var day = Number(digits, 4) is var d and > 60 ? d - 60 : Number(digits, 4);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2000, month);
    }

    private static int Number(string digits, int start) => int.Parse(digits.AsSpan(start, 2), CultureInfo.InvariantCulture);
}
