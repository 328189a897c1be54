using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Naringslivsplattform.ProcessPlan.Plans;

/// <summary>An activity's code in the plan, "category.number" such as "1.3"; ordered numerically (1.9 before 1.10).</summary>
[JsonConverter(typeof(ActivityCodeJsonConverter))]
internal readonly record struct ActivityCode : IComparable<ActivityCode>
{
    private ActivityCode(int category, int number) => (Category, Number) = (category, number);

    public int Category { get; }

    public int Number { get; }

    public static bool TryParse(string? text, [NotNullWhen(true)] out ActivityCode? code)
    {
        code = null;
        var parts = text?.Split('.');
        if (parts is not [var category, var number]
            || !TryParsePositive(category, out var categoryNumber)
            || !TryParsePositive(number, out var activityNumber))
        {
            return false;
        }

        code = new ActivityCode(categoryNumber, activityNumber);
        return true;
    }

    public static ActivityCode Parse(string text) =>
        TryParse(text, out var code) ? code.Value : throw new FormatException($"'{text}' is not an activity code.");

    public int CompareTo(ActivityCode other) =>
        Category != other.Category ? Category.CompareTo(other.Category) : Number.CompareTo(other.Number);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Category}.{Number}");

    private static bool TryParsePositive(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;

    private sealed class ActivityCodeJsonConverter : JsonConverter<ActivityCode>
    {
        public override ActivityCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            TryParse(reader.GetString(), out var code) ? code.Value : throw new JsonException("Expected an activity code such as \"1.3\".");

        public override void Write(Utf8JsonWriter writer, ActivityCode value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }
}
