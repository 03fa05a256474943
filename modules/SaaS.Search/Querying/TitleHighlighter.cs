using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using SaaS.Search.Index;

namespace SaaS.Search.Querying;

/// <summary>
/// Marks what matched in a title with <c>&lt;em&gt;</c> and HTML-encodes everything else. Works from the query's own
/// terms rather than one field's analysis, so a title matched partly by Chinese words and partly by English words
/// (or a typo) is marked in both places.
/// </summary>
public sealed class TitleHighlighter(SearchAnalyzers analyzers)
{
    // Chinese and ¥ stay readable; only what HTML needs escaped is.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public string Highlight(string title, HighlightTerms terms)
    {
        var marked = new bool[title.Length];
        foreach (var literal in terms.Literals)
        {
            for (var at = title.IndexOf(literal, StringComparison.OrdinalIgnoreCase); at >= 0; at = title.IndexOf(literal, at + literal.Length, StringComparison.OrdinalIgnoreCase))
            {
                Array.Fill(marked, true, at, literal.Length);
            }
        }
        if (terms.Words.Count > 0 || terms.Fuzzy.Count > 0)
        {
            foreach (var (term, start, end) in SearchAnalyzers.Tokens(analyzers.Latin, IndexFields.TitleEn, title))
            {
                if (terms.Words.Contains(term) || terms.Fuzzy.Any(f => term.Length > 1 && term[0] == f.Key[0] && Distance(term, f.Key) <= f.Value))
                {
                    Array.Fill(marked, true, start, end - start);
                }
            }
        }
        var html = new StringBuilder(title.Length + 32);
        for (var i = 0; i < title.Length;)
        {
            var j = i;
            while (j < title.Length && marked[j] == marked[i]) j++;
            var text = Encoder.Encode(title[i..j]);
            html.Append(marked[i] ? $"<em>{text}</em>" : text);
            i = j;
        }
        return html.ToString();
    }

    /// <summary>Edit distance counting a swap of neighbours as one edit, as Lucene's fuzzy query does.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
