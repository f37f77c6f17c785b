namespace PaperDigest.Tests.Cli;

/// <summary>What <c>new</c> or <c>import</c> wrote into a copy of the sample digest (in <c>in/</c>, digest days in 2025).</summary>
internal static class WrittenEntry
{
    /// <summary>Fails unless the entry <c>in/papers/2025/&lt;slug&gt;.md</c> lists exactly these tags, in this order.</summary>
    public static void AssertTags(TempFolder temp, string slug, params string[] tags)
    {
        var text = File.ReadAllText(temp.Combine("in", "papers", "2025", slug + ".md"));
        var line = text.Split('\n').FirstOrDefault(l => l.StartsWith("tags:", StringComparison.Ordinal));
        Assert.Equal($"tags: [{string.Join(", ", tags)}]", line);
    }
}
