using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PaperDigest.Theming;

/// <summary>
/// The Scriban context one page is rendered in. Every value an expression writes is HTML-escaped here, where it
/// becomes output, unless it is <see cref="TrustedHtml"/>; literal template text is written as it is. Escaping
/// at this point (not in <c>ToString</c> or in every <c>Write</c>) keeps pipes and partials from double-encoding.
/// </summary>
internal sealed class PageRenderContext : TemplateContext
{
    /// <summary>The most items a loop may take: above any list of a digest, below a runaway template.</summary>
    public const int MaxLoopIterations = 10_000_000;

    /// <summary>How deeply partials and functions may call each other.</summary>
    public const int MaxCallDepth = 64;

    public PageRenderContext(ThemeRuntime runtime)
        : base(runtime.BuiltIns)
    {
        Runtime = runtime;
        StrictVariables = true;
        // Scriban would indent every line of a multi-line value by the indentation before it, changing <pre> blocks.
        AutoIndent = false;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedFunctionAccess = false;
        EnableRelaxedTargetAccess = false;
        LoopLimit = MaxLoopIterations;
        RecursiveLimit = MaxCallDepth;
        LimitToString = 0;
        ObjectRecursionLimit = 20;
        MemberFilter = ThemeRuntime.IsViewMember;
        RegexTimeOut = TimeSpan.FromSeconds(1);
        PushGlobal(runtime.Functions);
    }

    private static readonly System.Buffers.SearchValues<char> Escaped = System.Buffers.SearchValues.Create("&<>\"'`=");

    public ThemeRuntime Runtime { get; }

    /// <summary>Where compiled templates write a page, kept from page to page so its chunks are allocated once per thread.</summary>
    public StringBuilder PageOutput { get; } = new(16 * 1024);

    /// <summary>Where a page's own template is written before the layout takes it in, kept like <see cref="PageOutput"/>.</summary>
    public StringBuilder BodyOutput { get; } = new(16 * 1024);

    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        ViewGetters.IsView(target.GetType()) ? new ViewAccessor(ViewGetters.For(target.GetType())) : base.GetMemberAccessorImpl(target);

    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        Shown(textAsObject) is { } html ? Write(html) : this;

    /// <summary>What writing a value puts into the page: trusted HTML as it is, anything else as escaped text, null nothing.</summary>
    public string? Shown(object? value) => value switch
    {
        null => null,
        TrustedHtml trusted => trusted.Html,
        string text => Escape(text),
        _ => ObjectToString(value) is { } text ? Escape(text) : null,
    };

    /// <summary>
    /// What <c>if</c>, <c>else if</c>, <c>!</c>, <c>&amp;&amp;</c> and <c>||</c> take as false: null and false as in
    /// Scriban, and also empty text, an empty list and zero, so <c>{{ if paper.venue }}</c> and <c>{{ if tags }}</c> read as meant.
    /// </summary>
    public override bool ToBool(SourceSpan span, object? value) => value switch
    {
        null or false => false,
        string text => text.Length > 0,
        System.Collections.ICollection collection => collection.Count > 0,
        int number => number != 0,
        long number => number != 0,
        double number => number != 0,
        _ => base.ToBool(span, value),
    };

    /// <summary>Writes what <see cref="Shown"/> gives for <paramref name="value"/> into <paramref name="output"/>, escaping text as it is copied.</summary>
    public void WriteShown(StringBuilder output, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case TrustedHtml trusted:
                trusted.WriteTo(output);
                return;
            case string text:
                EscapeInto(output, text);
                return;
            default:
                if (ObjectToString(value) is { } shown)
                {
                    EscapeInto(output, shown);
                }

                return;
        }
    }

    /// <summary>Escapes text for an element's content or a quoted attribute value (the characters Handlebars escapes).</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny(Escaped) < 0)
        {
            return text;
        }

        var html = new StringBuilder(text.Length + 16);
        EscapeInto(html, text);
        return html.ToString();
    }

    private static void EscapeInto(StringBuilder html, ReadOnlySpan<char> text)
    {
        for (var next = text.IndexOfAny(Escaped); next >= 0; next = text.IndexOfAny(Escaped))
        {
            html.Append(text[..next]).Append(text[next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#x27;",
                '`' => "&#x60;",
                _ => "&#x3D;",
            });
            text = text[(next + 1)..];
        }

        html.Append(text);
    }
}
