using PaperDigest.Citations;

namespace PaperDigest.Tests.Citations;

public sealed class AuthorNameTests
{
    [Theory]
    [InlineData("Yaxuan Zhu", "Yaxuan", "Zhu")]
    [InlineData("Ying Nian Wu", "Ying Nian", "Wu")]
    [InlineData("Toon Van de Maele", "Toon", "Van de Maele")]
    [InlineData("Philipp del Hougne", "Philipp", "del Hougne")]
    [InlineData("Matthieu Malléjac", "Matthieu", "Malléjac")]
    [InlineData("Hartmut Löwen", "Hartmut", "Löwen")]
    [InlineData("C. Lawrence Zitnick", "C. Lawrence", "Zitnick")]
    [InlineData("Sully F. Chen", "Sully F.", "Chen")]
    [InlineData("Kien T. Pham", "Kien T.", "Pham")]
    [InlineData("Eric Vanden-Eijnden", "Eric", "Vanden-Eijnden")]
    [InlineData("Ludwig van der Waals", "Ludwig", "van der Waals")]
    [InlineData("Martin Luther King Jr.", "Martin Luther", "King Jr.")]
    [InlineData("Plato", "", "Plato")]
    [InlineData("Wu, Ying Nian", "Ying Nian", "Wu")]
    [InlineData("van der Waals, Johannes Diderik", "Johannes Diderik", "van der Waals")]
    [InlineData("  Yaxuan \t Zhu  ", "Yaxuan", "Zhu")]
    [InlineData("", "", "")]
    public void Splits_given_and_family_names(string full, string given, string family) =>
        Assert.Equal((given, family), AuthorName.Split(full));

    [Theory]
    [InlineData("Yaxuan Zhu", "Zhu, Yaxuan")]
    [InlineData("Ying Nian Wu", "Wu, Ying Nian")]
    [InlineData("Toon Van de Maele", "Van de Maele, Toon")]
    [InlineData("Philipp del Hougne", "del Hougne, Philipp")]
    [InlineData("Hartmut Löwen", "Löwen, Hartmut")]
    [InlineData("C. Lawrence Zitnick", "Zitnick, C. Lawrence")]
    [InlineData("Plato", "Plato")]
    [InlineData("Wu, Ying Nian", "Wu, Ying Nian")]
    public void Writes_last_name_first(string full, string expected) => Assert.Equal(expected, AuthorName.LastFirst(full));

    [Theory]
    [InlineData("Wu, Ying Nian", "Ying Nian Wu")]
    [InlineData("del Hougne, Philipp", "Philipp del Hougne")]
    [InlineData("Plato", "Plato")]
    public void Writes_first_name_first(string full, string expected) => Assert.Equal(expected, AuthorName.FirstLast(full));

    [Fact]
    public void A_particle_is_never_taken_for_the_whole_given_name() =>
        // "Le" and "Di" are given names as well as particles: with two words, the first is always the given name.
        Assert.Equal(("Le", "Song"), AuthorName.Split("Le Song"));
}
