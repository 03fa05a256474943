using SaaS.Search.Index;

namespace SaaS.Framework.Tests;

/// <summary>One set of analyzers for a test class: SmartChinese takes most of a second to load.</summary>
public sealed class SearchAnalyzersFixture : IDisposable
{
    public SearchAnalyzers Analyzers { get; } = new();

    public void Dispose() => Analyzers.Dispose();
}
