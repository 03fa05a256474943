using SaaS.Search.Index;
using SaaS.Search.Querying;

namespace SaaS.Framework.Tests;

/// <summary>How a buyer's words become query units, and how matches are marked in a title.</summary>
public sealed class SearchQueryTests : IClassFixture<SearchAnalyzersFixture>
{
    private readonly QueryBuilder builder;
    private readonly TitleHighlighter highlighter;

    public SearchQueryTests(SearchAnalyzersFixture fixture)
    {
        builder = new QueryBuilder(fixture.Analyzers);
        highlighter = new TitleHighlighter(fixture.Analyzers);
    }

    [Fact]
    public void A_listed_longer_word_wins_over_a_shorter_one_inside_it()
    {
        IReadOnlyList<IReadOnlyList<string>> synonyms = [["螺丝", "螺钉", "screw"], ["螺丝刀", "起子", "screwdriver"]];
        Assert.Equal(["螺丝刀", "起子", "screwdriver"], builder.Units("螺丝刀", synonyms).Single());
        var units = builder.Units("不锈钢螺丝 M8", synonyms);
        Assert.Contains(units, u => u.SequenceEqual(["螺丝", "螺钉", "screw"]));
        Assert.Contains(units, u => u.SequenceEqual(["m8"]));
        Assert.Contains(units, u => u.SequenceEqual(["不锈钢"]));
    }

    [Fact]
    public void A_lone_character_stays_with_its_neighbour_so_character_pairs_can_find_it()
    {
        Assert.Equal(["锚固件"], builder.Units("锚固件", []).Single());
        Assert.Equal(["不锈钢", "螺栓"], builder.Units("不锈钢螺栓", []).Select(u => u.Single()));
    }

    [Fact]
    public void Latin_words_are_folded_and_find_their_synonyms()
    {
        Assert.Equal(["glove", "手套", "gloves"], builder.Units("Gloves", [["手套", "gloves"]]).Single());
        Assert.Equal(0, QueryBuilder.FuzzyEdits("hex"));
        Assert.Equal(1, QueryBuilder.FuzzyEdits("blot"));
        Assert.Equal(0, QueryBuilder.FuzzyEdits("m8x30"));
        Assert.Equal(2, QueryBuilder.FuzzyEdits("screwdriver"));
    }

    [Fact]
    public void Highlights_mark_chinese_english_and_typos_and_encode_everything_else()
    {
        var terms = builder.Build("螺栓 blot", []).Highlight;
        Assert.Equal("晋亿 <em>螺栓</em> Hex <em>Bolt</em> &lt;b&gt;&amp;", highlighter.Highlight("晋亿 螺栓 Hex Bolt <b>&", terms));
        Assert.Equal("&lt;script&gt;", highlighter.Highlight("<script>", new HighlightTerms()));
    }

    [Fact]
    public void A_swap_of_neighbours_is_one_edit()
    {
        Assert.Equal(1, TitleHighlighter.Distance("blot", "bolt"));
        Assert.Equal(2, TitleHighlighter.Distance("bolt", "belts"));
    }
}
