using PaperDigest.Scaffolding;

namespace PaperDigest.Tests.Scaffolding;

/// <summary>BibTeX's author forms as the digest's "First Last" names.</summary>
public sealed class BibTexNamesTests
{
    [Theory]
    [InlineData("Yaxuan Zhu", "Yaxuan Zhu")]
    [InlineData("Zhu, Yaxuan", "Yaxuan Zhu")]
    [InlineData("Wu, Ying Nian", "Ying Nian Wu")]
    [InlineData("Van de Maele, Toon", "Toon Van de Maele")]
    [InlineData("del Hougne, Philipp", "Philipp del Hougne")]
    [InlineData("Philipp del Hougne", "Philipp del Hougne")]
    [InlineData("King, Jr., Martin Luther", "Martin Luther King Jr.")]
    [InlineData("King, Jr, Martin Luther", "Martin Luther King Jr")]
    [InlineData(@"M{\""u}ller, Anna", "Anna Müller")]
    [InlineData(@"Mall{\'e}jac, Matthieu", "Matthieu Malléjac")]
    [InlineData(@"Hartmut L{\""o}wen", "Hartmut Löwen")]
    [InlineData("{OpenAI Team}", "OpenAI Team")]
    [InlineData("{Barnes, Noble and Co.}", "Barnes, Noble and Co.")]
    [InlineData("Plato", "Plato")]
    [InlineData("  Zhu ,  Yaxuan  ", "Yaxuan Zhu")]
    public void One_name_in_each_form(string raw, string expected) =>
        Assert.Equal(expected, BibTexNames.DisplayName(raw));

    [Fact]
    public void Names_are_split_at_and_outside_braces_in_any_case()
    {
        var names = BibTexNames.Split("Zhu, Yaxuan and Xie, Jianwen AND Ying Nian Wu\n    and {Barnes and Noble} And Gao, Ruiqi");
        Assert.Equal(["Yaxuan Zhu", "Jianwen Xie", "Ying Nian Wu", "Barnes and Noble", "Ruiqi Gao"], names.ToArray());
    }

    [Fact]
    public void Others_makes_the_list_incomplete_and_a_repeated_name_is_kept()
    {
        var names = BibTexNames.Split("Carleo, Giuseppe and Cirac, Ignacio and Giuseppe Carleo and others");
        Assert.Equal(["Giuseppe Carleo", "Ignacio Cirac", "Giuseppe Carleo"], names.Names.ToArray());
        Assert.True(names.Incomplete);
        Assert.False(BibTexNames.Split("Carleo, Giuseppe and Cirac, Ignacio").Incomplete);
    }

    [Fact]
    public void Words_containing_and_do_not_split_names()
    {
        var names = BibTexNames.Split("Anderson, Sandra and Candace Brandt");
        Assert.Equal(["Sandra Anderson", "Candace Brandt"], names.ToArray());
    }

    [Fact]
    public void An_empty_field_has_no_names() => Assert.Empty(BibTexNames.Split("   "));
}
