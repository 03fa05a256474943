using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ganss.Xss;
using SaaS.Blocks;
using SaaS.Problems;

namespace SaaS.Decoration.Pages;

/// <summary>
/// Checks a page's blocks against their types' fields and normalises them. Every problem is reported at once, named
/// by its place (<c>blocks[2].settings.slides[0].image</c>), and nothing is saved while any remains.
/// </summary>
public sealed partial class BlockValidator(BlockCatalog catalog)
{
    public const int MaxBlocks = 40;

    private static readonly HtmlSanitizer Sanitizer = new();

    public List<StoredBlock> Validate(IReadOnlyList<BlockInput>? blocks, BlockPlacement placement)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Fail(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
            list.Add(message);
        }
        blocks ??= [];
        if (blocks.Count > MaxBlocks) Fail("blocks", $"A page has at most {MaxBlocks} blocks; this one has {blocks.Count}.");
        var stored = new List<StoredBlock>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var path = $"blocks[{i}]";
            var type = catalog.Find(blocks[i].Type, placement);
            if (type is null)
            {
                var offered = string.Join(", ", catalog.For(placement).Select(t => t.Name));
                Fail($"{path}.type", string.IsNullOrWhiteSpace(blocks[i].Type)
                    ? $"Choose a block type: {offered}."
                    : $"'{blocks[i].Type}' is not a block type this page can use; choose one of {offered}.");
                continue;
            }
            var settings = blocks[i].Settings.ValueKind == JsonValueKind.Object ? blocks[i].Settings : default;
            stored.Add(new StoredBlock(type.Name, Fields(type.Fields, settings, $"{path}.settings", Fail)));
        }
        if (errors.Count > 0) throw new ValidationFailedException(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        return stored;
    }

    private static Dictionary<string, object?> Fields(IReadOnlyList<BlockField> fields, JsonElement settings, string path, Action<string, string> fail)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var value = settings.ValueKind == JsonValueKind.Object && settings.TryGetProperty(field.Name, out var given) ? given : default;
            values[field.Name] = Field(field, value, $"{path}.{field.Name}", fail);
        }
        return values;
    }

    private static object? Field(BlockField field, JsonElement value, string path, Action<string, string> fail)
    {
        if (field.Kind == BlockFieldKind.Items) return Items(field, value, path, fail);
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!.Trim(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => "",
        };
        if (text.Length == 0) text = field.Default ?? "";
        if (text.Length == 0)
        {
            if (field.Required) fail(path, $"{field.Label} is required.");
            return field.Kind == BlockFieldKind.Boolean ? false : null;
        }
        switch (field.Kind)
        {
            case BlockFieldKind.Number:
                if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)) return Refuse(fail, path, $"{field.Label} must be a number.");
                if (number < field.Min || number > field.Max) return Refuse(fail, path, $"{field.Label} must be between {field.Min} and {field.Max}.");
                return number;
            case BlockFieldKind.Boolean:
                return text is "true" or "on" or "1";
            case BlockFieldKind.Choice:
                return field.Options.Contains(text) ? text : Refuse(fail, path, $"{field.Label} must be one of {string.Join(", ", field.Options)}.");
            case BlockFieldKind.Color:
                return ColorPattern().IsMatch(text) ? text.ToLowerInvariant() : Refuse(fail, path, $"{field.Label} must be a colour such as #0f766e.");
            case BlockFieldKind.Link:
            case BlockFieldKind.Image:
                if (text.Length > 500) return Refuse(fail, path, $"{field.Label} may be at most 500 characters.");
                return IsSafeLink(text) ? text : Refuse(fail, path, $"{field.Label} must be an https:// address or a path on this marketplace starting with /.");
            case BlockFieldKind.RichText:
                var html = Sanitizer.Sanitize(text);
                return html.Length <= field.MaxLength ? html : Refuse(fail, path, $"{field.Label} may be at most {field.MaxLength} characters.");
            default:
                return text.Length <= field.MaxLength ? text : Refuse(fail, path, $"{field.Label} may be at most {field.MaxLength} characters; it has {text.Length}.");
        }
    }

    private static List<Dictionary<string, object?>> Items(BlockField field, JsonElement value, string path, Action<string, string> fail)
    {
        var items = new List<Dictionary<string, object?>>();
        if (value.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                items.Add(Fields(field.ItemFields, item, $"{path}[{index}]", fail));
                index++;
            }
        }
        else if (value.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null))
        {
            fail(path, $"{field.Label} must be a list.");
        }
        if (field.Required && items.Count == 0) fail(path, $"{field.Label} needs at least one entry.");
        if (items.Count > field.MaxItems) fail(path, $"{field.Label} has at most {field.MaxItems} entries; this has {items.Count}.");
        return items;
    }

    /// <summary>https anywhere, or a path on this marketplace; never javascript:, data: or a protocol-relative //host.</summary>
    public static bool IsSafeLink(string text) =>
        (text.StartsWith('/') && !text.StartsWith("//", StringComparison.Ordinal) && !text.Contains('\\'))
        || (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps);

    private static object? Refuse(Action<string, string> fail, string path, string message)
    {
        fail(path, message);
        return null;
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex ColorPattern();
}
