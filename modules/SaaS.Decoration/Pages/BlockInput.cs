using System.Text.Json;

namespace SaaS.Decoration.Pages;

/// <summary>A block as sent by an editor: its type and its settings, checked against the type's fields.</summary>
public sealed record BlockInput(string? Type, JsonElement Settings);

/// <param name="Revision">The draft revision the editor started from; a newer one saved meanwhile is 409.</param>
public sealed record PageDraftRequest(string? Title, IReadOnlyList<BlockInput>? Blocks, int? Revision = null);

/// <summary>A block as stored: its type and its settings, normalised (strings trimmed, HTML sanitised, numbers as numbers).</summary>
public sealed record StoredBlock(string Type, Dictionary<string, object?> Settings);
