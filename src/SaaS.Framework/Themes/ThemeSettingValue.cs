namespace SaaS.Themes;

public sealed record ThemeSettingValue(string Name, string Type, string Label, string Value, string? Error);
