using PaperDigest.Emitting;

namespace PaperDigest.SocialCards;

/// <summary>
/// Draws the site's social cards (<see cref="SocialCardSet"/>) into <c>/social/</c>. Each is made from its text and
/// the font, a theme file: an unchanged card is kept without being drawn.
/// </summary>
internal sealed class SocialCardFiles : IEmitter
{
    public SiteFacts Adds => SiteFacts.None;

    public SiteFacts Reads => SiteFacts.None;

    public EmitCount Emit(EmitContext context)
    {
        if (context.Theme.SocialFont is not { } font)
        {
            return default;
        }

        var output = context.Output;
        Parallel.ForEach(SocialCardSet.All(context.Model, font.Identity).ToList(), card =>
            output.Bytes(card.Path.TrimStart('/'), card.Text, text => SocialCardPainter.Paint(text, font)));
        return default;
    }
}
