using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Naringslivsplattform.BuildingBlocks.Files;

/// <summary>A cell of a sheet: text, or a number that a spreadsheet can sum and chart.</summary>
public readonly record struct XlsxCell(string? Text, double? Number)
{
    public static implicit operator XlsxCell(string text) => new(text, null);

    public static implicit operator XlsxCell(int number) => new(null, number);

    public static implicit operator XlsxCell(double number) => new(null, number);

    /// <summary>A number, or an empty cell when there is none (e.g. a median over nothing).</summary>
    public static XlsxCell Of(double? number) => new(number is null ? string.Empty : null, number);
}

/// <summary>A named sheet and its rows, the header first.</summary>
public sealed record XlsxSheetRows(string Name, IEnumerable<IReadOnlyList<XlsxCell>> Rows);

/// <summary>
/// XLSX workbooks (Open XML SDK, ADR 0009). Text cells are written as text, so organisation numbers and SNI codes
/// keep their leading zeros and hyphens instead of being read as numbers or dates; numbers only where a cell says so.
/// </summary>
public static class XlsxSheet
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>A one-sheet workbook of text cells.</summary>
    public static byte[] Write(string sheetName, IEnumerable<IReadOnlyList<string>> rows) =>
        Write([new XlsxSheetRows(sheetName, rows.Select(row => (IReadOnlyList<XlsxCell>)[.. row.Select(text => (XlsxCell)text)]))]);

    /// <summary>A workbook with the sheets in the order given.</summary>
    public static byte[] Write(IEnumerable<XlsxSheetRows> sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var list = new Sheets();
            uint sheetId = 1;
            foreach (var sheet in sheets)
            {
                var worksheet = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                foreach (var row in sheet.Rows)
                {
                    data.Append(new Row([.. row.Select(Cell)]));
                }

                worksheet.Worksheet = new Worksheet(data);
                list.Append(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = sheetId++, Name = sheet.Name });
            }

            workbook.Workbook = new Workbook(list);
        }

        return stream.ToArray();
    }

    private static Cell Cell(XlsxCell cell) => cell.Number is { } number
        ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)) }
        : new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(cell.Text ?? string.Empty)) };
}
