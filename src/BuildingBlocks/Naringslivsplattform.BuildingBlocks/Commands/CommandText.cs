using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Naringslivsplattform.BuildingBlocks.Texts;

namespace Naringslivsplattform.BuildingBlocks.Commands;

/// <summary>
/// Every text a command carries, however deep in its request: strings, lists of strings, and the product's own records
/// and lists of them. Read once per command type by reflection, then by the cached property getters.
/// </summary>
internal static class CommandText
{
    private const int MaxDepth = 6;

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    /// <summary>True when any text the command carries has a control character (<see cref="TextInput.HasControlCharacters"/>).</summary>
    public static bool HasControlCharacters(object command) => Any(command, 0);

    private static bool Any(object? value, int depth) => value switch
    {
        null => false,
        string text => TextInput.HasControlCharacters(text),
        _ when depth > MaxDepth => false,
        IEnumerable items when IsOwn(value.GetType()) || value.GetType().IsArray || value.GetType().IsGenericType => items.Cast<object?>().Any(item => Any(item, depth + 1)),
        _ when IsOwn(value.GetType()) => PropertiesOf(value.GetType()).Any(p => Any(p.GetValue(value), depth + 1)),
        _ => false,
    };

    /// <summary>The product's own types: other types (Guid, DateOnly, enums) carry no free text.</summary>
    private static bool IsOwn(Type type) => type.Namespace?.StartsWith("Naringslivsplattform.", StringComparison.Ordinal) == true && !type.IsEnum;

    private static PropertyInfo[] PropertiesOf(Type type) =>
        Properties.GetOrAdd(type, t => [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.CanRead && Carries(p.PropertyType))]);

    private static bool Carries(Type type) =>
        type == typeof(string) || IsOwn(type) || (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type));
}
