using System.Text;
using PaperDigest.Rendering.Math.Chemistry;

namespace PaperDigest.Rendering.Math;

/// <summary>
/// Writes a <see cref="MathNode"/> tree as MathML Core: a <c>&lt;math&gt;</c> element whose <c>&lt;semantics&gt;</c>
/// keeps the TeX source as an annotation. Every node becomes exactly one element; all text is escaped.
/// </summary>
internal static class MathWriter
{
    private const string ThinSpace = "<mspace width=\"0.1667em\"></mspace>";

    /// <summary>U+2061 FUNCTION APPLICATION, the invisible operator between a function name and its argument.</summary>
    private const string FunctionApplication = "<mo>\u2061</mo>";

    public static string Write(MathNode root, string tex, bool displayMode)
    {
        var html = new StringBuilder();
        html.Append("<math xmlns=\"http://www.w3.org/1998/Math/MathML\"");
        if (displayMode)
        {
            html.Append(" display=\"block\"");
        }

        html.Append("><semantics>");
        if (root is MathRow row)
        {
            WriteRow(html, row.Items);
        }
        else
        {
            WriteRow(html, [root]);
        }

        html.Append("<annotation encoding=\"application/x-tex\">");
        HtmlText.Escape(html, tex);
        html.Append("</annotation></semantics></math>");
        return html.ToString();
    }

    private static void Write(StringBuilder html, MathNode node)
    {
        switch (node)
        {
            case MathToken token:
                WriteToken(html, token);
                break;
            case MathRow { Items.Count: 1 } row:
                Write(html, row.Items[0]);
                break;
            case MathRow row:
                WriteRow(html, row.Items);
                break;
            case MathScripts scripts:
                WriteScripts(html, scripts);
                break;
            case MathFraction fraction:
                html.Append("<mfrac");
                Attribute(html, "linethickness", fraction.WithoutRule ? "0" : fraction.LineThickness);
                html.Append('>');
                Write(html, fraction.Numerator);
                Write(html, fraction.Denominator);
                html.Append("</mfrac>");
                break;
            case MathRadical { Index: null } radical:
                html.Append("<msqrt>");
                Write(html, radical.Body);
                html.Append("</msqrt>");
                break;
            case MathRadical radical:
                html.Append("<mroot>");
                Write(html, radical.Body);
                Write(html, radical.Index);
                html.Append("</mroot>");
                break;
            case MathAccent { IsRule: true } rule:
                WriteRow(
                    html,
                    rule.Base is MathRow ruled ? ruled.Items : [rule.Base],
                    rule.Under ? " class=\"math-underline\"" : " class=\"math-overline\"");
                break;
            case MathAccent accent:
                html.Append(accent.Under ? "<munder" : "<mover");
                if (!accent.IsBrace)
                {
                    // Chromium loses thin fixed-size marks (¯ ˙ ¨) over short letters when they are accents (seen with
                    // Latin Modern Math); as ordinary overscripts they always show. Stretchy marks stay accents.
                    html.Append(accent.Under ? " accentunder=" : " accent=").Append(accent.Mark.Stretchy == true ? "\"true\"" : "\"false\"");
                }

                html.Append('>');
                Write(html, accent.Base);
                WriteToken(html, accent.Mark);
                html.Append(accent.Under ? "</munder>" : "</mover>");
                break;
            case MathSpace space:
                html.Append("<mspace width=\"").Append(space.Width).Append("\"></mspace>");
                break;
            case MathStyle style:
                html.Append(style.Display ? "<mstyle displaystyle=\"true\"" : "<mstyle displaystyle=\"false\"")
                    .Append(" scriptlevel=\"").Append((char)('0' + style.ScriptLevel)).Append("\">");
                Write(html, style.Body);
                html.Append("</mstyle>");
                break;
            case MathWrap wrap:
                // mstyle, mpadded and mphantom take any number of children, like mrow.
                html.Append('<').Append(wrap.Element).Append(wrap.Attributes).Append('>');
                WriteItems(html, wrap.Body is MathRow wrapped ? wrapped.Items : [wrap.Body]);
                html.Append("</").Append(wrap.Element).Append('>');
                break;
            case MathMultiscripts multiscripts:
                html.Append("<mmultiscripts>");
                Write(html, multiscripts.Base);
                WriteScriptOrNone(html, multiscripts.PostSub);
                WriteScriptOrNone(html, multiscripts.PostSup);
                html.Append("<mprescripts></mprescripts>");
                WriteScriptOrNone(html, multiscripts.PreSub);
                WriteScriptOrNone(html, multiscripts.PreSup);
                html.Append("</mmultiscripts>");
                break;
            case MathTable table:
                WriteTable(html, table);
                break;
            case MathPrescripts prescripts:
                html.Append("<mmultiscripts>");
                Write(html, prescripts.Base);
                html.Append("<mprescripts></mprescripts>");
                Write(html, prescripts.Sub ?? MathRow.Empty);
                Write(html, prescripts.Sup ?? MathRow.Empty);
                html.Append("</mmultiscripts>");
                break;
        }
    }

    /// <summary>An <c>&lt;mrow&gt;</c>, adding the function application and thin spaces TeX puts around named functions.</summary>
    private static void WriteRow(StringBuilder html, IReadOnlyList<MathNode> items, string attributes = "")
    {
        html.Append("<mrow").Append(attributes).Append('>');
        WriteItems(html, items);
        html.Append("</mrow>");
    }

    private static void WriteItems(StringBuilder html, IReadOnlyList<MathNode> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var isFunction = IsFunction(items[i]);
            if (isFunction && i > 0 && ClassOf(items[i - 1]) is AtomClass.Ord or AtomClass.Close or AtomClass.Inner)
            {
                html.Append(ThinSpace);
            }

            Write(html, IsUnary(items, i) ? ((MathToken)items[i]) with { LeftSpace = "0em", RightSpace = "0em" } : items[i]);
            if (isFunction && i + 1 < items.Count)
            {
                html.Append(FunctionApplication);
                if (ClassOf(items[i + 1]) is AtomClass.Ord or AtomClass.Op or AtomClass.Inner)
                {
                    html.Append(ThinSpace);
                }
            }
            else if (i + 1 < items.Count && items[i + 1] is MathRow { Class: AtomClass.Inner, Items.Count: > 1 } && ClassOf(items[i]) is AtomClass.Ord or AtomClass.Close)
            {
                // TeX's thin space between an ordinary atom and an inner one: \mathrm{Cov}_k\left(X\right), f\left(x\right).
                html.Append(ThinSpace);
            }
        }
    }

    /// <summary>
    /// TeX's rule that a binary operator after an operator, relation, opening or punctuation, or before a closing, is
    /// unary: "= −x", "(−1)". MathML only knows this for the first child of a row.
    /// </summary>
    private static bool IsUnary(IReadOnlyList<MathNode> items, int i) =>
        items[i] is MathToken { Kind: MathTokenKind.Operator, Class: AtomClass.Bin, LeftSpace: null }
        && i > 0
        && (ClassOf(items[i - 1]) is AtomClass.Bin or AtomClass.Rel or AtomClass.Open or AtomClass.Punct or AtomClass.Op
            || i + 1 == items.Count
            || ClassOf(items[i + 1]) is AtomClass.Rel or AtomClass.Close or AtomClass.Punct);

    private static void WriteScripts(StringBuilder html, MathScripts scripts)
    {
        var element = (scripts.Sub, scripts.Sup, scripts.Limits) switch
        {
            (not null, not null, true) => "munderover",
            (not null, null, true) => "munder",
            (null, _, true) => "mover",
            (not null, not null, false) => "msubsup",
            (not null, null, false) => "msub",
            _ => "msup",
        };
        html.Append('<').Append(element).Append('>');
        if (scripts.Limits && scripts.Base is MathToken { Kind: MathTokenKind.Operator } limitsOperator)
        {
            // ∑ is movablelimits in the operator dictionary: \sum\limits in inline math would put its limits at the side.
            WriteToken(html, limitsOperator, " movablelimits=\"false\"");
        }
        else
        {
            Write(html, scripts.Base);
        }

        WriteScript(html, scripts.Sub);
        WriteScript(html, scripts.Sup);
        html.Append("</").Append(element).Append('>');
    }

    private static void WriteScriptOrNone(StringBuilder html, MathNode? script)
    {
        if (script is null)
        {
            html.Append("<mrow></mrow>");
        }
        else
        {
            WriteScript(html, script);
        }
    }

    /// <summary>A script; a lone binary operator there (x^*, A^\dagger, x^+) is an ordinary symbol, without spacing.</summary>
    private static void WriteScript(StringBuilder html, MathNode? script)
    {
        if (script is null)
        {
            return;
        }

        var single = script is MathRow { Items.Count: 1 } row ? row.Items[0] : script;
        if (single is MathToken { Kind: MathTokenKind.Operator, Class: AtomClass.Bin, LeftSpace: null } binary)
        {
            single = binary with { LeftSpace = "0em", RightSpace = "0em" };
        }

        Write(html, single);
    }

    private static void WriteToken(StringBuilder html, MathToken token, string extraAttributes = "")
    {
        var element = token.Kind switch
        {
            MathTokenKind.Identifier => "mi",
            MathTokenKind.Number => "mn",
            MathTokenKind.Operator => "mo",
            _ => "mtext",
        };
        html.Append('<').Append(element);
        Attribute(html, "mathvariant", token.Variant);
        if (token.Fence)
        {
            Attribute(html, "fence", "true");
        }

        if (token.Stretchy is { } stretchy)
        {
            Attribute(html, "stretchy", stretchy ? "true" : "false");
        }

        Attribute(html, "lspace", token.LeftSpace);
        Attribute(html, "rspace", token.RightSpace);
        Attribute(html, "minsize", token.Size);
        Attribute(html, "maxsize", token.Size);
        html.Append(extraAttributes).Append('>');
        HtmlText.Escape(html, token.Text);
        html.Append("</").Append(element).Append('>');
    }

    private static void WriteTable(StringBuilder html, MathTable table)
    {
        html.Append("<mtable");
        Attribute(html, "class", table.Class);
        if (table.DisplayStyle)
        {
            Attribute(html, "displaystyle", "true");
        }

        if (table.ColumnAlign.Any(align => align != "center"))
        {
            Attribute(html, "columnalign", string.Join(' ', table.ColumnAlign));
        }

        if (table.ColumnSpacing is { Count: > 0 } spacing)
        {
            Attribute(html, "columnspacing", string.Join(' ', spacing));
        }

        html.Append('>');
        foreach (var row in table.Rows)
        {
            html.Append("<mtr>");
            for (var i = 0; i < row.Count; i++)
            {
                html.Append("<mtd");
                WriteCellLayout(html, table, i);
                html.Append('>');
                Write(html, row[i]);
                html.Append("</mtd>");
            }

            html.Append("</mtr>");
        }

        html.Append("</mtable>");
    }

    /// <summary>
    /// The cell's alignment as columnalign (Firefox, Safari) and as classes the theme styles, since Chromium's MathML
    /// Core ignores columnalign and columnspacing; the classes also close the gap inside the column pairs of aligned.
    /// Classes rather than inline styles, so pages satisfy a Content-Security-Policy without 'unsafe-inline'.
    /// </summary>
    private static void WriteCellLayout(StringBuilder html, MathTable table, int column)
    {
        var align = column < table.ColumnAlign.Count ? table.ColumnAlign[column] : "center";
        var classes = new List<string>();
        if (align != "center")
        {
            Attribute(html, "columnalign", align);
            classes.Add("math-align-" + align);
        }

        if (table.ColumnSpacing is { } spacing)
        {
            if (column > 0 && column - 1 < spacing.Count && spacing[column - 1] == "0em")
            {
                classes.Add("math-tight-left");
            }

            if (column < spacing.Count && spacing[column] == "0em")
            {
                classes.Add("math-tight-right");
            }
        }

        if (classes.Count > 0)
        {
            Attribute(html, "class", string.Join(' ', classes));
        }
    }

    private static void Attribute(StringBuilder html, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        html.Append(' ').Append(name).Append("=\"");
        HtmlText.Escape(html, value);
        html.Append('"');
    }

    private static bool IsFunction(MathNode node) => node switch
    {
        MathToken token => token.IsFunction,
        MathScripts scripts => IsFunction(scripts.Base),
        MathWrap wrap => IsFunction(wrap.Body),
        _ => false,
    };

    private static AtomClass ClassOf(MathNode node) => node switch
    {
        MathToken token => token.Class,
        MathRow { Items.Count: 1 } row => ClassOf(row.Items[0]),
        MathRow row => row.Class,
        MathScripts scripts => ClassOf(scripts.Base),
        MathStyle style => ClassOf(style.Body),
        MathWrap wrap => ClassOf(wrap.Body),
        MathMultiscripts multiscripts => ClassOf(multiscripts.Base),
        MathFraction => AtomClass.Inner,
        MathSpace => AtomClass.None,
        _ => AtomClass.Ord,
    };
}
