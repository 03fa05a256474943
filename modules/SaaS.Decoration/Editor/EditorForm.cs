using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SaaS.Blocks;
using SaaS.Decoration.Pages;

namespace SaaS.Decoration.Editor;

/// <summary>
/// The editor's form and the blocks it stands for. Inputs are named <c>b{block}.{field}</c> and, for lists,
/// <c>b{block}.{field}.{entry}.{subfield}</c>; a list always offers one blank entry to fill, and blank entries are dropped.
/// </summary>
public static class EditorForm
{
    public static List<BlockInput> Read(IFormCollection form)
    {
        var count = int.TryParse(form["count"], out var n) ? Math.Clamp(n, 0, BlockValidator.MaxBlocks + 1) : 0;
        var blocks = new List<BlockInput>();
        for (var i = 0; i < count; i++)
        {
            var prefix = $"b{i}.";
            var settings = new JsonObject();
            foreach (var key in form.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && k != prefix + "type"))
            {
                var parts = key[prefix.Length..].Split('.');
                var value = form[key].ToString();
                if (parts.Length == 1) settings[parts[0]] = value;
                else if (parts.Length == 3 && int.TryParse(parts[1], out var entry) && entry is >= 0 and < 50)
                {
                    if (settings[parts[0]] is not JsonObject list) settings[parts[0]] = list = new JsonObject();
                    if (list[parts[1]] is not JsonObject item) list[parts[1]] = item = new JsonObject();
                    item[parts[2]] = value;
                }
            }
            // Entries keyed by index become a list in index order, blank ones left out.
            foreach (var name in settings.Where(p => p.Value is JsonObject).Select(p => p.Key).ToList())
            {
                var entries = ((JsonObject)settings[name]!).OrderBy(p => int.Parse(p.Key, CultureInfo.InvariantCulture))
                    .Select(p => p.Value!.AsObject()).Where(e => e.Any(f => !string.IsNullOrWhiteSpace(f.Value?.GetValue<string>())))
                    .Select(e => (JsonNode)JsonNode.Parse(e.ToJsonString())!).ToArray();
                settings[name] = new JsonArray(entries);
            }
            blocks.Add(new BlockInput(form[prefix + "type"], JsonSerializer.SerializeToElement(settings)));
        }
        return blocks;
    }

    /// <summary>The blocks as editor forms, with each error beside its input.</summary>
    public static List<EditorBlock> Blocks(IReadOnlyList<BlockInput> blocks, BlockCatalog catalog, BlockPlacement placement, IReadOnlyDictionary<string, string[]> errors)
    {
        var editors = new List<EditorBlock>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var type = catalog.Find(blocks[i].Type, placement);
            var fields = type is null ? [] : Fields(type.Fields, blocks[i].Settings, $"b{i}", $"blocks[{i}].settings", errors);
            editors.Add(new EditorBlock(i, blocks[i].Type ?? "", type?.Title ?? blocks[i].Type ?? "", fields, i == 0, i == blocks.Count - 1, Error(errors, $"blocks[{i}].type")));
        }
        return editors;
    }

    private static List<EditorField> Fields(IReadOnlyList<BlockField> fields, JsonElement settings, string input, string path, IReadOnlyDictionary<string, string[]> errors, int? entry = null)
    {
        var editors = new List<EditorField>();
        foreach (var field in fields)
        {
            var value = settings.ValueKind == JsonValueKind.Object && settings.TryGetProperty(field.Name, out var v) ? v : default;
            editors.Add(new EditorField($"{input}.{field.Name}", field.Label, field.Kind == BlockFieldKind.Items ? "Group" : field.Kind.ToString(),
                Text(value) ?? field.Default ?? "", field.Options, field.Required, field.Help, Error(errors, $"{path}.{field.Name}"), field.MaxLength) { Entry = entry });
            if (field.Kind != BlockFieldKind.Items) continue;
            var entries = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [];
            // One blank entry to fill in, while there is room.
            if (entries.Count < field.MaxItems) entries.Add(default);
            for (var j = 0; j < entries.Count; j++)
            {
                editors.AddRange(Fields(field.ItemFields, entries[j], $"{input}.{field.Name}.{j}", $"{path}.{field.Name}[{j}]", errors, j + 1));
            }
        }
        return editors;
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    private static string? Error(IReadOnlyDictionary<string, string[]> errors, string key) => errors.TryGetValue(key, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>Stored blocks back as inputs, for the editor to show the saved draft.</summary>
    public static List<BlockInput> Inputs(IReadOnlyList<StoredBlock> blocks) =>
        blocks.Select(b => new BlockInput(b.Type, JsonSerializer.SerializeToElement(b.Settings, PageService.Json))).ToList();
}
