using SaaS.Themes;

namespace SaaS.Admin;

public sealed record ThemesModel(IReadOnlyList<ThemeChoice> Themes, IReadOnlyList<ThemeSettingValue> Settings, string? Message);
