using System.Globalization;
using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SaaS.Search.Index;

namespace SaaS.Search.Querying;

/// <summary>
/// Turns what a buyer typed into a query. Every word must match (in the title or in brand, SKU codes, searchable
/// attributes and category names, the title counting more); a word matches through any of its synonyms; Chinese
/// words match as SmartChinese words or, failing that, as a run of characters; Latin words of four letters or more
/// also match with one typo (two from seven letters). The whole query equal to a SKU code or a brand ranks those first.
/// </summary>
public sealed class QueryBuilder(SearchAnalyzers analyzers)
{
    private const float TitleBoost = 3f;
    private const float SkuBoost = 40f;
    private const float BrandBoost = 8f;

    public TextQuery Build(string text, IReadOnlyList<IReadOnlyList<string>> synonyms)
    {
        var highlight = new HighlightTerms();
        var query = new BooleanQuery();
        var units = Units(text.Trim(), synonyms);
        foreach (var alternatives in units)
        {
            var unit = new BooleanQuery();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < alternatives.Count; i++)
            {
                // "gloves" after "glove" would only repeat the same clauses.
                if (!seen.Add(alternatives[i].Any(IsHan) ? alternatives[i] : string.Join(' ', Latin(alternatives[i])))) continue;
                foreach (var clause in Clauses(alternatives[i], typed: i == 0, highlight)) unit.Add(clause, Occur.SHOULD);
            }
            if (unit.Clauses.Count > 0) query.Add(unit, Occur.MUST);
        }
        if (query.Clauses.Count == 0) return new TextQuery(query, highlight);
        var exact = text.Trim().ToLowerInvariant();
        query.Add(new TermQuery(new Term(IndexFields.SkuExact, exact)) { Boost = SkuBoost }, Occur.SHOULD);
        query.Add(new TermQuery(new Term(IndexFields.BrandExact, exact)) { Boost = BrandBoost }, Occur.SHOULD);
        return new TextQuery(query, highlight);
    }

    /// <summary>
    /// The words of the query, each with its synonyms. Whitespace separates words; within a word, Latin and Chinese
    /// runs are apart; a Chinese run is first searched for synonyms (longest first, so 螺丝刀 is not 螺丝 + 刀 when
    /// both are listed), and what is left is segmented by SmartChinese.
    /// </summary>
    public List<IReadOnlyList<string>> Units(string text, IReadOnlyList<IReadOnlyList<string>> synonyms)
    {
        var units = new List<IReadOnlyList<string>>();
        var latinSynonyms = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var chineseSynonyms = new List<(string Term, IReadOnlyList<string> Group)>();
        foreach (var group in synonyms)
        {
            foreach (var term in group)
            {
                if (term.Any(IsHan)) chineseSynonyms.Add((term, group));
                else if (Latin(term) is [var single]) latinSynonyms.TryAdd(single, group);
            }
        }
        chineseSynonyms.Sort((a, b) => b.Term.Length.CompareTo(a.Term.Length));

        foreach (var (run, han) in Runs(text))
        {
            if (!han)
            {
                foreach (var word in Latin(run)) units.Add(latinSynonyms.TryGetValue(word, out var group) ? [word, .. group] : [word]);
                continue;
            }
            var rest = new StringBuilder();
            for (var i = 0; i < run.Length;)
            {
                var match = chineseSynonyms.FirstOrDefault(s => string.CompareOrdinal(run, i, s.Term, 0, s.Term.Length) == 0);
                if (match.Term is null)
                {
                    rest.Append(run[i++]);
                    continue;
                }
                Segment(rest, units, chineseSynonyms);
                units.Add(TypedFirst(match.Term, match.Group));
                i += match.Term.Length;
            }
            Segment(rest, units, chineseSynonyms);
        }
        return units;
    }

    /// <summary>The word as typed first: it counts fully, its synonyms a little less.</summary>
    private static IReadOnlyList<string> TypedFirst(string typed, IReadOnlyList<string> group) => [typed, .. group.Where(t => t != typed)];

    private void Segment(StringBuilder rest, List<IReadOnlyList<string>> units, List<(string Term, IReadOnlyList<string> Group)> synonyms)
    {
        if (rest.Length == 0) return;
        foreach (var word in Words(rest.ToString()))
        {
            var group = synonyms.FirstOrDefault(s => s.Term == word).Group;
            units.Add(group is null ? [word] : TypedFirst(word, group));
        }
        rest.Clear();
    }

    /// <summary>
    /// SmartChinese words, a lone character kept with its neighbour: the index holds Han text as character pairs, so
    /// 锚固件 segmented as 锚固 + 件 would look for a pair-less 件 and find nothing; 锚固件 as one unit finds 锚固 固件.
    /// </summary>
    private List<string> Words(string run)
    {
        var spans = new List<(int Start, int End)>();
        foreach (var (_, start, end) in SearchAnalyzers.Tokens(analyzers.Chinese, IndexFields.TitleZh, run))
        {
            var lone = end - start == 1;
            if (spans.Count > 0 && (lone || spans[^1].End - spans[^1].Start == 1) && spans[^1].End == start) spans[^1] = (spans[^1].Start, end);
            else spans.Add((start, end));
        }
        return spans.Select(s => run[s.Start..s.End]).ToList();
    }

    /// <summary>
    /// Per alternative: the title (Chinese words and character pairs, or Latin words), which ranks higher, and
    /// everything (character pairs, or Latin words, with a typo allowed). A synonym counts a little less than the word typed.
    /// </summary>
    private IEnumerable<Query> Clauses(string alternative, bool typed, HighlightTerms highlight)
    {
        var weight = typed ? 1f : 0.8f;
        if (alternative.Any(IsHan))
        {
            highlight.Literals.Add(alternative);
            var words = SearchAnalyzers.Tokens(analyzers.Chinese, IndexFields.TitleZh, alternative).Select(t => t.Term).ToList();
            if (words.Count > 0) yield return Phrase(IndexFields.TitleZh, words, TitleBoost * weight);
            // Every character pair present: nearly a phrase for Chinese words, without reading positions. In the title
            // too, since SmartChinese may segment a title (外六角螺栓) otherwise than the query.
            var pairs = Latin(alternative);
            if (pairs.Count == 0) yield break;
            yield return AllOf(IndexFields.TitleEn, pairs, TitleBoost * 0.6f * weight);
            yield return AllOf(IndexFields.TextEn, pairs, weight);
            yield break;
        }
        var tokens = Latin(alternative);
        if (tokens.Count == 0) yield break;
        foreach (var token in tokens) highlight.Words.Add(token);
        yield return Phrase(IndexFields.TitleEn, tokens, TitleBoost * weight);
        yield return Phrase(IndexFields.TextEn, tokens, weight);
        if (typed && tokens is [var word] && FuzzyEdits(word) is > 0 and var edits)
        {
            highlight.Fuzzy[word] = edits;
            yield return new FuzzyQuery(new Term(IndexFields.TextEn, word), edits, prefixLength: 1) { Boost = 0.5f };
        }
    }

    /// <summary>Typos are forgiven in words of letters only: "blot" finds bolt, but M8 is not M6 and 304 is not 316.</summary>
    public static int FuzzyEdits(string word) =>
        !word.All(char.IsAsciiLetter) || word.Length < 4 ? 0 : word.Length < 7 ? 1 : 2;

    private static Query AllOf(string field, IReadOnlyList<string> terms, float boost)
    {
        if (terms is [var single]) return new TermQuery(new Term(field, single)) { Boost = boost };
        var all = new BooleanQuery { Boost = boost };
        foreach (var term in terms) all.Add(new TermQuery(new Term(field, term)), Occur.MUST);
        return all;
    }

    private static Query Phrase(string field, IReadOnlyList<string> terms, float boost)
    {
        if (terms is [var single]) return new TermQuery(new Term(field, single)) { Boost = boost };
        var phrase = new PhraseQuery { Boost = boost };
        foreach (var term in terms) phrase.Add(new Term(field, term));
        return phrase;
    }

    private List<string> Latin(string text) => SearchAnalyzers.Tokens(analyzers.Latin, IndexFields.TitleEn, text).Select(t => t.Term).ToList();

    /// <summary>The query split at whitespace, then into runs of Han characters and of everything else.</summary>
    private static IEnumerable<(string Run, bool Han)> Runs(string text)
    {
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var start = 0;
            for (var i = 1; i <= word.Length; i++)
            {
                if (i < word.Length && IsHan(word[i]) == IsHan(word[start])) continue;
                yield return (word[start..i], IsHan(word[start]));
                start = i;
            }
        }
    }

    public static bool IsHan(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter && c >= '\u2E80';
}
