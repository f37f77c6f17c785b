using PaperDigest.Search;

namespace PaperDigest.Tests.Search;

public sealed class TermShardingTests
{
    private static readonly string[] Terms = ["co", "coat", "code", "codes", "con", "conv", "convex", "da", "data", "σπιν"];

    [Fact]
    public void Within_budget_terms_are_grouped_by_their_first_two_letters()
    {
        var shards = TermSharding.Split(Terms, [.. Terms.Select(_ => 10L)], budget: 1000);
        Assert.Equal(["co", "da", "σπ"], shards.Select(s => s.Prefix));
        Assert.Equal(7, shards[0].Terms.Length);
    }

    [Fact]
    public void An_oversized_group_splits_by_longer_prefixes_and_each_term_lives_under_its_longest_prefix()
    {
        var shards = TermSharding.Split(Terms, [.. Terms.Select(_ => 10L)], budget: 25);
        var prefixes = shards.Select(s => s.Prefix).ToList();
        Assert.Contains("co", prefixes);
        Assert.Contains("cod", prefixes);
        Assert.Equal(["co"], shards.Single(s => s.Prefix == "co").Terms.Select(i => Terms[i]));

        foreach (var shard in shards)
        {
            foreach (var term in shard.Terms.Select(i => Terms[i]))
            {
                var longest = prefixes.Where(term.StartsWith).MaxBy(p => p.Length);
                Assert.Equal(shard.Prefix, longest);
            }
        }

        Assert.Equal(Terms.Length, shards.Sum(s => s.Terms.Length));
    }

    [Fact]
    public void A_single_term_over_budget_gets_a_shard_of_its_own()
    {
        string[] terms = ["model", "models"];
        var shards = TermSharding.Split(terms, [5000, 10], budget: 100);
        Assert.Equal(["model", "models"], shards.Select(s => s.Prefix));
    }
}
