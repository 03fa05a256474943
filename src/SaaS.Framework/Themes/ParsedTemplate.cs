using Fluid;

namespace SaaS.Themes;

/// <summary>A view parsed once: its template, or the parse error with its position; <see cref="Origin"/> names where it came from.</summary>
public sealed record ParsedTemplate(string Origin, IFluidTemplate? Template, string? Error);
