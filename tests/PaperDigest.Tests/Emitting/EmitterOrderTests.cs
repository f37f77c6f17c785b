using PaperDigest.Emitting;

namespace PaperDigest.Tests.Emitting;

/// <summary>Emitters run in the order listed, except that one that reads a fact of the site runs after every one that adds it.</summary>
public sealed class EmitterOrderTests
{
    [Fact]
    public void A_reader_listed_first_runs_after_every_emitter_that_adds_what_it_reads()
    {
        var sitemap = new Fake("sitemap", reads: SiteFacts.Pages);
        var headers = new Fake("headers", reads: SiteFacts.InlineStyles);
        var home = new Fake("home", adds: SiteFacts.Pages);
        var mail = new Fake("mail", adds: SiteFacts.InlineStyles);
        var feeds = new Fake("feeds");
        var papers = new Fake("papers", adds: SiteFacts.Pages);

        var order = EmitterOrder.Sort([sitemap, headers, home, mail, feeds, papers]);

        Assert.Equal(["home", "mail", "headers", "feeds", "papers", "sitemap"], order.Select(e => e.ToString()));
    }

    [Fact]
    public void A_fact_is_complete_once_no_emitter_left_adds_it()
    {
        IReadOnlyList<IEmitter> order = [new Fake("home", adds: SiteFacts.Pages), new Fake("mail", adds: SiteFacts.InlineStyles), new Fake("sitemap", reads: SiteFacts.Pages)];

        Assert.Equal(SiteFacts.None, EmitterOrder.CompleteAfter(order, 0));
        Assert.Equal(SiteFacts.Pages, EmitterOrder.CompleteAfter(order, 1));
        Assert.Equal(SiteFacts.Pages | SiteFacts.InlineStyles, EmitterOrder.CompleteAfter(order, 2));
    }

    [Fact]
    public void Reading_what_nobody_adds_or_reading_in_a_cycle_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => EmitterOrder.Sort([new Fake("sitemap", reads: SiteFacts.Pages)]));
        Assert.Throws<InvalidOperationException>(() => EmitterOrder.Sort([
            new Fake("a", adds: SiteFacts.Pages, reads: SiteFacts.InlineStyles),
            new Fake("b", adds: SiteFacts.InlineStyles, reads: SiteFacts.Pages),
        ]));
    }

    private sealed class Fake(string name, SiteFacts adds = SiteFacts.None, SiteFacts reads = SiteFacts.None) : IEmitter
    {
        public SiteFacts Adds => adds;

        public SiteFacts Reads => reads;

        public EmitCount Emit(EmitContext context) => default;

        public override string ToString() => name;
    }
}
