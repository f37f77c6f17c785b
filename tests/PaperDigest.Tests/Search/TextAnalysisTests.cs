using System.Globalization;
using PaperDigest.Indexing;

namespace PaperDigest.Tests.Search;

/// <summary>How text becomes terms, for search and related papers alike: what readers type must meet what editors wrote.</summary>
public sealed class TextAnalysisTests
{
    [Theory]
    [InlineData("Löwen", "lowen")]
    [InlineData("LÖWEN", "lowen")]
    [InlineData("Lo\u0308wen", "lowen")]
    [InlineData("Straße", "strasse")]
    [InlineData("STRASSE", "strasse")]
    [InlineData("Dæhlie", "daehlie")]
    [InlineData("Œuvre", "oeuvre")]
    [InlineData("Øresund", "oresund")]
    [InlineData("Łukasz", "lukasz")]
    [InlineData("Đorđević", "dordevic")]
    [InlineData("Þórr", "thorr")]
    [InlineData("Erdős Pál", "erdos pal")]
    [InlineData("Nguyễn", "nguyen")]
    [InlineData("İstanbul", "istanbul")]
    [InlineData("ﬁne-tuning", "fine-tuning")]
    [InlineData("Ｆｕｌｌ", "full")]
    [InlineData("x²", "x2")]
    [InlineData("ΣΠΙΝΟΣ", "σπινοσ")]
    [InlineData("Ли", "ли")]
    public void Normalise_drops_accents_and_case_and_folds_letters_without_decomposition(string text, string expected) =>
        Assert.Equal(expected, TextAnalysis.Normalise(text));

    [Fact]
    public void Normalise_does_not_depend_on_the_current_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            Assert.Equal("title iii", TextAnalysis.Normalise("TITLE Iİı"));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Tokens_are_runs_of_letters_and_digits()
    {
        Assert.Equal(["vanden", "eijnden", "oc20", "2309", "05153", "σπιν"],
            TextAnalysis.Tokens(TextAnalysis.Normalise("Vanden-Eijnden, (OC20) 2309.05153 — σπιν!")));
    }

    [Fact]
    public void Terms_leave_out_single_letters_and_stop_words()
    {
        Assert.Equal(["open", "catalyst", "2020", "oc20", "dataset"],
            TextAnalysis.English.Terms("The Open Catalyst 2020 (OC20) Dataset: a C of it"));
        Assert.Equal(["the", "of", "it"], TextAnalysis.For("de").Terms("The x of it"));
    }

    [Fact]
    public void Hyphens_and_apostrophes_split_words_and_the_stop_words_cover_what_every_write_up_says()
    {
        Assert.Equal(["self", "supervised", "brien", "3d", "printing", "gpt"],
            TextAnalysis.English.Terms("The paper shows it's self-supervised, O'Brien's 3d-printing; GPT-4 can't"));
    }

    [Fact]
    public void Terms_are_numbered_in_the_pool_as_the_words_they_are()
    {
        var pool = new WordPool();
        var numbers = TextAnalysis.English.Terms("Spin glasses and SPIN models", pool);
        Assert.Equal(["spin", "glasses", "spin", "models"], numbers.Select(n => pool[n]));
        Assert.Equal(TextAnalysis.English.Terms("Spin glasses and SPIN models"), numbers.Select(n => pool[n]));
    }
}
