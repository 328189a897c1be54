using Naringslivsplattform.Companies.Importing;

namespace Naringslivsplattform.Companies.Tests;

public sealed class CompanyCsvFileTests
{
    [Fact]
    public void Quoted_fields_may_hold_separators_quotes_and_line_breaks_and_records_keep_their_first_line()
    {
        var records = CompanyCsv.Read("a;b\r\n\"x;y\";\"sa \"\"hej\"\"\"\n\n\"två\nrader\";sist\n");

        Assert.Equal([1, 2, 4], records.Select(r => r.Line));
        Assert.Equal(["x;y", "sa \"hej\""], records[1].Fields);
        Assert.Equal(["två\nrader", "sist"], records[2].Fields);
    }

    [Fact]
    public void Written_csv_parses_back_to_the_same_fields()
    {
        IReadOnlyList<string>[] rows = [["organisationsnummer", "namn"], ["556036-0793", "Bageriet \"Vete\"; Vilhelmina"], ["", "x"]];

        Assert.Equal(rows.Select(r => r.ToList()), CompanyCsv.Read(CompanyCsv.Write(rows)).Select(r => r.Fields.ToList()));
    }
}
