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
public static class YamlReader
{
    public const int MaxDepth = 32;
    public const int MaxNodes = 20_000;

    /// <param name="yaml">The YAML text.</param>
    /// <param name="path">The file name diagnostics use.</param>
    /// <param name="firstLine">The file line on which <paramref name="yaml"/> starts (2 for front matter, 1 for a whole file).</param>
    /// <returns>The root node; null when the document is empty or has errors.</returns>
    public static Node? Read(string yaml, string path, int firstLine, DiagnosticBag diagnostics)
    {
        var state = new State(path, firstLine - 1);
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
        catch (YamlException ex)
        {
            diagnostics.Error(state.At(ex.Start), DiagnosticCodes.YamlSyntax, $"YAML syntax error: {Describe(ex)}");
            return null;
        }
        catch (StopReading)
        {
            return null;
        }
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
            var items = ImmutableArray.CreateBuilder<Node>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(ReadNode(parser, state, depth + 1, diagnostics));
            }

            return new SequenceNode(state.At(sequenceStart.Start), items.ToImmutable());
        }

        var mappingStart = parser.Consume<MappingStart>();
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

    private sealed class State(string path, int lineOffset)
    {
        public int Nodes { get; set; }

        public SourceLocation At(Mark mark) =>
            new(path, Math.Max(1, (int)mark.Line) + lineOffset, Math.Max(1, (int)mark.Column));
    }
}
