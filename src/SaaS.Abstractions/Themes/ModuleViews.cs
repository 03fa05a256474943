using System.Reflection;

namespace SaaS.Themes;

/// <summary>A module's default storefront views: embedded resources under its <c>Views/</c> folder.</summary>
public sealed record ModuleViews(Assembly Assembly);
