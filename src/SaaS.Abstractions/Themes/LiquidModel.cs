namespace SaaS.Themes;

/// <summary>A type templates may read members of; every other type renders empty (the sandbox).</summary>
public sealed record LiquidModel(Type Type);
