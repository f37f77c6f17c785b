using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PaperDigest.Theming;

namespace PaperDigest.Tests.Theming;

/// <summary>
/// The doc comments of the view records, read from <c>PaperDigest.Core.xml</c> (built beside the assembly and
/// copied next to the tests), as Markdown for the theme reference: <c>&lt;c&gt;</c> becomes a code span, a
/// <c>&lt;see cref&gt;</c> to a member becomes its snake_case name.
/// </summary>
internal sealed partial class ViewDocumentation
{
    private readonly Dictionary<string, XElement> members;

    private ViewDocumentation(Dictionary<string, XElement> members) => this.members = members;

    /// <summary>The documentation file of the assembly that holds the views.</summary>
    public static string FilePath => Path.ChangeExtension(typeof(ThemeContract).Assembly.Location, ".xml");

    public static ViewDocumentation Load()
    {
        if (!File.Exists(FilePath))
        {
            throw new FileNotFoundException(
                $"{FilePath} is missing; PaperDigest.csproj must keep <GenerateDocumentationFile>true</GenerateDocumentationFile>", FilePath);
        }

        var members = XDocument.Load(FilePath).Descendants("member")
            .Where(m => m.Attribute("name") is not null)
            .GroupBy(m => (string)m.Attribute("name")!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return new ViewDocumentation(members);
    }

    /// <summary>The type's <c>&lt;summary&gt;</c> as Markdown, or null when it has none.</summary>
    public string? Summary(Type type) => Markdown(Member("T:" + type.FullName)?.Element("summary"));

    /// <summary>
    /// What a property means: its own <c>&lt;summary&gt;</c> (the compiler copies a record's <c>&lt;param&gt;</c> there),
    /// else the record's <c>&lt;param&gt;</c> of that name; null when neither says anything.
    /// </summary>
    public string? Meaning(PropertyInfo property)
    {
        var type = property.DeclaringType!;
        return Markdown(Member($"P:{type.FullName}.{property.Name}")?.Element("summary"))
            ?? Markdown(Member("T:" + type.FullName)?.Elements("param").FirstOrDefault(p => (string?)p.Attribute("name") == property.Name));
    }

    private XElement? Member(string name) => members.GetValueOrDefault(name);

    private static string? Markdown(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var text = new StringBuilder();
        Append(element, text);
        var markdown = Whitespace().Replace(text.ToString(), " ").Trim();
        return markdown.Length == 0 ? null : markdown;
    }

    private static void Append(XElement element, StringBuilder markdown)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText text:
                    markdown.Append(Escape(text.Value));
                    break;
                case XElement { Name.LocalName: "c" } code:
                    markdown.Append(CodeSpan(code.Value));
                    break;
                case XElement { Name.LocalName: "see" } see when see.Attribute("langword") is { } word:
                    markdown.Append(CodeSpan(word.Value));
                    break;
                case XElement { Name.LocalName: "see" } see when see.Attribute("cref") is { } cref:
                    markdown.Append(Reference(cref.Value));
                    break;
                case XElement { Name.LocalName: "paramref" } reference:
                    markdown.Append(CodeSpan(ThemeReference.Variable((string?)reference.Attribute("name") ?? "")));
                    break;
                case XElement other:
                    Append(other, markdown);
                    break;
            }
        }
    }

    /// <summary>A member as the template sees it (<c>is_gap</c>); a view record as a link to its section.</summary>
    private static string Reference(string cref)
    {
        var name = cref[(cref.LastIndexOf('.') + 1)..];
        return cref.StartsWith("P:", StringComparison.Ordinal) ? CodeSpan(ThemeReference.Variable(name))
            : cref.StartsWith("T:", StringComparison.Ordinal) && typeof(ThemeContract).Assembly.GetType(cref[2..]) is { } type
                && ThemeReference.IsViewRecord(type) ? ThemeReference.Link(type)
            : CodeSpan(name);
    }

    /// <summary>Text that Markdown and a table cell take literally.</summary>
    private static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("*", "\\*", StringComparison.Ordinal)
        .Replace("`", "\\`", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>A code span that survives a table cell (GitHub reads <c>|</c> as a cell border even inside one).</summary>
    private static string CodeSpan(string code) => "`" + code.Replace("|", "\\|", StringComparison.Ordinal) + "`";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
