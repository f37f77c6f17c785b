using System.Collections.Immutable;
using PaperDigest.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PaperDigest.Yaml;

/// <summary>
/// Reads one YAML document into a <see cref="Node"/> tree with file positions, using YamlDotNet's event
/// parser. Problems are diagnostics, never exceptions: syntax errors, aliases, too deep nesting, too many
/// nodes, duplicate keys, several documents.
/// </summary>
internal static class YamlReader
{
    public const int MaxDepth = 32;
    public const int MaxNodes = 20_000;

    /// <param name="yaml">The YAML text.</param>
    /// <param name="path">The file name diagnostics use.</param>
    /// <param name="firstLine">The file line on which <paramref name="yaml"/> starts (2 for front matter, 1 for a whole file).</param>
    /// <returns>The root node; null when the document is empty or has errors.</returns>
    public static Node? Read(string yaml, SourcePath path, int firstLine, DiagnosticBag diagnostics)
    {
        var state = new State(yaml, path, firstLine - 1);
        var tab = TabIndentedLine(yaml);
        if (tab > 0)
        {
            diagnostics.Error(new SourceLocation(path, tab + firstLine - 1, 1), DiagnosticCodes.YamlSyntax,
                "YAML syntax error: a tab indents this line; YAML indentation must use spaces");
            return null;
        }

        var parser = new Parser(new StringReader(yaml));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            Node? root = parser.Accept<DocumentEnd>(out _) ? null : ReadNode(parser, state, 0, diagnostics);
            if (root is null)
            {
                return null;
            }

            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                diagnostics.Error(state.At(second.Start), DiagnosticCodes.YamlSyntax,
                    "a second YAML document starts here; front matter holds exactly one");
                return null;
            }

            return root;
        }
        catch (StopReading)
        {
            return null;
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
        {
            // YamlDotNet reports an unclosed '[' or '{' at the end of the text (or throws outright), so point at the opening bracket.
            if (state.OpenFlow.TryPeek(out var open))
            {
                var message = ex is YamlException yaml2 && yaml2.Message.Contains("flow", StringComparison.Ordinal)
                    ? Describe(yaml2)
                    : open.IsSequence
                        ? "While parsing a flow sequence, did not find expected ',' or ']'"
                        : "While parsing a flow mapping, did not find expected ',' or '}'";
                diagnostics.Error(state.At(open.Start), DiagnosticCodes.YamlSyntax, $"YAML syntax error: {message}");
            }
            else if (ex is YamlException yamlError)
            {
                var location = state.At(yamlError.Start);
                var (line, column) = state.Position(yamlError.Start);
                var quote = UnclosedQuote(yaml, line, column);
                diagnostics.Error(location, DiagnosticCodes.YamlSyntax, quote is null
                    ? $"YAML syntax error: {Describe(yamlError)}"
                    : $"YAML syntax error: the quoted text that starts here is never closed; add the closing '{quote}'");
            }
            else
            {
                diagnostics.Error(new SourceLocation(path, firstLine, 1), DiagnosticCodes.YamlSyntax, $"YAML syntax error: {ex.Message}");
            }

            return null;
        }
    }

    /// <summary>The 1-based line of the first line whose indentation holds a tab, or 0.</summary>
    private static int TabIndentedLine(string yaml)
    {
        var line = 1;
        var atIndent = true;
        foreach (var c in yaml)
        {
            if (c == '\n')
            {
                line++;
                atIndent = true;
            }
            else if (atIndent && c == '\t')
            {
                return line;
            }
            else if (c != ' ')
            {
                atIndent = false;
            }
        }

        return 0;
    }

    /// <summary>The quote character when a quoted scalar starts at (line, column) and is not closed on that line.</summary>
    private static char? UnclosedQuote(string yaml, int line, int column)
    {
        var lines = yaml.Split('\n');
        if (line < 1 || line > lines.Length || column < 1 || column > lines[line - 1].Length)
        {
            return null;
        }

        var text = lines[line - 1];
        var quote = text[column - 1];
        if (quote is not ('"' or '\''))
        {
            return null;
        }

        for (var i = column; i < text.Length; i++)
        {
            if (quote == '"' && text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == quote)
            {
                return null;
            }
        }

        return quote;
    }

    private static Node ReadNode(IParser parser, State state, int depth, DiagnosticBag diagnostics)
    {
        if (++state.Nodes > MaxNodes)
        {
            diagnostics.Error(state.At(parser.Current!.Start), DiagnosticCodes.YamlTooLarge,
                $"the YAML has more than {MaxNodes:N0} values; this is not a plausible entry");
            throw new StopReading();
        }

        if (depth > MaxDepth)
        {
            diagnostics.Error(state.At(parser.Current!.Start), DiagnosticCodes.YamlTooDeep,
                $"YAML nested more than {MaxDepth} levels deep");
            throw new StopReading();
        }

        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            diagnostics.Error(state.At(alias.Start), DiagnosticCodes.YamlAlias,
                $"YAML aliases (*{alias.Value}) are not allowed in PaperDigest files; write the value out");
            throw new StopReading();
        }

        if (parser.TryConsume<Scalar>(out var scalar))
        {
            var plain = scalar.Style is ScalarStyle.Plain or ScalarStyle.Any;
            return new ScalarNode(state.At(scalar.Start), scalar.Value, plain);
        }

        if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            var flow = sequenceStart.Style == SequenceStyle.Flow;
            if (flow)
            {
                state.OpenFlow.Push(new OpenCollection(sequenceStart.Start, IsSequence: true));
            }

            var items = ImmutableArray.CreateBuilder<Node>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(ReadNode(parser, state, depth + 1, diagnostics));
            }

            if (flow)
            {
                state.OpenFlow.Pop();
            }

            return new SequenceNode(state.At(sequenceStart.Start), items.ToImmutable());
        }

        var mappingStart = parser.Consume<MappingStart>();
        var flowMapping = mappingStart.Style == MappingStyle.Flow;
        if (flowMapping)
        {
            state.OpenFlow.Push(new OpenCollection(mappingStart.Start, IsSequence: false));
        }

        var entries = ImmutableArray.CreateBuilder<MappingEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyNode = ReadNode(parser, state, depth + 1, diagnostics);
            var value = ReadNode(parser, state, depth + 1, diagnostics);
            if (keyNode is not ScalarNode key)
            {
                diagnostics.Error(keyNode.Location, DiagnosticCodes.YamlSyntax, "a key must be a plain name, not a list or mapping");
                continue;
            }

            if (!seen.Add(key.Value))
            {
                diagnostics.Error(key.Location, DiagnosticCodes.DuplicateKey, $"key '{key.Value}' appears more than once");
                continue;
            }

            entries.Add(new MappingEntry(key, value));
        }

        if (flowMapping)
        {
            state.OpenFlow.Pop();
        }

        return new MappingNode(state.At(mappingStart.Start), entries.ToImmutable());
    }

    /// <summary>YamlDotNet's messages repeat the position; keep only what it says went wrong.</summary>
    private static string Describe(YamlException ex)
    {
        var message = ex.InnerException is YamlException inner ? inner.Message : ex.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line", StringComparison.Ordinal) && close > 0)
        {
            message = message[(close + 3)..];
        }

        return message.TrimEnd('.').Trim();
    }

    /// <summary>Thrown to abandon a document after a diagnostic that makes the rest meaningless.</summary>
    private sealed class StopReading : Exception;

    private readonly record struct OpenCollection(Mark Start, bool IsSequence);

    private sealed class State(string yaml, SourcePath path, int lineOffset)
    {
        /// <summary>Where each line of the YAML starts; built on first use.</summary>
        private List<int>? lineStarts;

        public int Nodes { get; set; }

        /// <summary>Flow collections ('[', '{') opened and not yet closed, innermost on top.</summary>
        public Stack<OpenCollection> OpenFlow { get; } = new();

        public SourceLocation At(Mark mark)
        {
            var (line, column) = Position(mark);
            return new SourceLocation(path, line + lineOffset, column);
        }

        /// <summary>
        /// The line and column (from 1) of a mark in the YAML, counted from its character index: YamlDotNet also
        /// breaks lines at U+0085, U+2028 and U+2029, which editors do not, and puts the end of a text without a
        /// final line break on a line after the last.
        /// </summary>
        public (int Line, int Column) Position(Mark mark)
        {
            if (lineStarts is null)
            {
                lineStarts = [0];
                for (var i = yaml.IndexOf('\n', StringComparison.Ordinal); i >= 0; i = yaml.IndexOf('\n', i + 1))
                {
                    lineStarts.Add(i + 1);
                }
            }

            var index = (int)Math.Clamp(mark.Index, 0, yaml.Length);
            var line = lineStarts.BinarySearch(index);
            if (line < 0)
            {
                line = ~line - 1;
            }

            return (line + 1, index - lineStarts[line] + 1);
        }
    }
}
