namespace SaaS.Catalog.MerchantPages;

/// <summary>One attribute input: its kind decides the control (text, number, select, checkboxes, yes/no).</summary>
public sealed record AttributeField(string Code, string Name, string Kind, string? Unit, IReadOnlyList<string> Options, bool Required, string Value, string? Error)
{
    public IReadOnlyList<string> Chosen => Value.Split([',', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
