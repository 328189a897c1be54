using System.Text;

namespace Naringslivsplattform.Companies.Importing;

/// <summary>A record of a CSV file and the line it starts on (1 = the first line of the file).</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

/// <summary>
/// CSV as Swedish Excel reads and writes it (RFC 4180 with <c>;</c> between fields): fields with the separator, a
/// quote or a line break are quoted and their quotes doubled. Blank lines are skipped.
/// </summary>
internal static class CsvText
{
    public const char Separator = ';';

    public static IReadOnlyList<CsvRecord> Parse(string text)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var (line, recordLine, quoted, fieldStarted) = (1, 1, false, false);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                (quoted, fieldStarted) = (true, true);
            }
            else if (c == Separator)
            {
                fields.Add(field.ToString());
                (field, fieldStarted) = (new StringBuilder(), true);
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                EndRecord();
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(c);
                fieldStarted = true;
            }
        }

        EndRecord();
        return records;

        void EndRecord()
        {
            if (fieldStarted || field.Length > 0 || fields.Count > 0)
            {
                fields.Add(field.ToString());
                records.Add(new CsvRecord(recordLine, [.. fields]));
            }

            fields.Clear();
            field.Clear();
            fieldStarted = false;
        }
    }

    public static string Write(IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.AppendJoin(Separator, row.Select(Quote)).Append("\r\n");
        }

        return text.ToString();
    }

    private static string Quote(string field) =>
        field.IndexOfAny([Separator, '"', '\n', '\r']) >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}
