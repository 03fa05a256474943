using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace SaaS.Search.Index;

/// <summary>
/// The process's analyzers, built once: SmartChinese loads a dictionary of ~640 ms, and analyzers are thread-safe
/// (each thread reuses its own token stream components).
/// </summary>
public sealed class SearchAnalyzers : IDisposable
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public SearchAnalyzers()
    {
        Chinese = new SmartChineseAnalyzer(Version);
        // Lowercased words, English plurals folded (bolts → bolt), stop words dropped; Han text as overlapping
        // character pairs (螺栓 → 螺栓, 不锈钢 → 不锈 锈钢), so any Chinese substring is found without positions for
        // two-character words and with a short phrase for longer ones.
        Latin = Analyzer.NewAnonymous((_, reader) =>
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            TokenStream stream = new CJKWidthFilter(tokenizer);
            stream = new LowerCaseFilter(Version, stream);
            stream = new StopFilter(Version, stream, StandardAnalyzer.STOP_WORDS_SET);
            stream = new EnglishMinimalStemFilter(stream);
            stream = new CJKBigramFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        });
        Index = new PerFieldAnalyzerWrapper(Latin, new Dictionary<string, Analyzer> { [IndexFields.TitleZh] = Chinese });
    }

    public Analyzer Chinese { get; }

    public Analyzer Latin { get; }

    /// <summary>What the index writer uses: each text field through its analyzer.</summary>
    public Analyzer Index { get; }

    /// <summary>The tokens of <paramref name="text"/> with their character offsets.</summary>
    public static List<(string Term, int Start, int End)> Tokens(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<(string, int, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        stream.End();
        return tokens;
    }

    public void Dispose()
    {
        Index.Dispose();
        Chinese.Dispose();
        Latin.Dispose();
    }
}
