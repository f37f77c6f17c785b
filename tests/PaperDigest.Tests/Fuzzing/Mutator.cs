using System.Text;

namespace PaperDigest.Tests.Fuzzing;

/// <summary>
/// Byte- and token-level mutations of real inputs, driven only by the <see cref="Random"/> it is given, so a seed
/// names an input exactly: bit flips, odd bytes, inserted grammar tokens (and long runs of them), deleted and
/// duplicated ranges, lines borrowed from another input, and splices of two inputs.
/// </summary>
internal sealed class Mutator(FuzzTarget target)
{
    /// <summary>Tokens every reader meets: brackets, quotes, line ends, markup, odd Unicode, bytes that are not UTF-8.</summary>
    private static readonly string[] CommonTokens =
    [
        "{", "}", "[", "]", "(", ")", "$", "\\", "#", "%", "&", "<", ">", "\"", "'", "`", ":", ",", "=", "@", "-", "*",
        "\n", "\r\n", "\r", "\t", " ", "\0", "\uFEFF", "\u00A0", "\u2028", "\u0085", "\u202E", "é", "e\u0301", "🧪", "漢",
        "---", "<!DOCTYPE x [<!ENTITY a \"aa\">]>", "&a;", "\\frac{", "@string{", "\\'{",
    ];

    /// <summary>Bytes that break UTF-8 or mean something to one of the grammars.</summary>
    private static readonly byte[] OddBytes = [0x00, 0x0A, 0x0D, 0x09, 0x7B, 0x7D, 0x5B, 0x5D, 0x24, 0x5C, 0x40, 0x23, 0x26, 0x3C, 0x80, 0xBF, 0xC0, 0xC3, 0xE2, 0xED, 0xF0, 0xF4, 0xFE, 0xFF];

    private static readonly int[] RunLengths = [2, 3, 8, 64, 1000, 20_000];

    private readonly byte[][] tokens = [.. target.Tokens.Concat(CommonTokens).Select(Encoding.UTF8.GetBytes)];

    public Mutation Mutate(Random random)
    {
        var seeds = target.Seeds;
        var data = new List<byte>(seeds[random.Next(seeds.Count)]);
        var steps = new List<string>();
        var count = 1 + random.Next(random.Next(2) == 0 ? 3 : 10);
        for (var i = 0; i < count; i++)
        {
            steps.Add(Step(data, random));
            if (data.Count > target.MaxLength)
            {
                data.RemoveRange(target.MaxLength, data.Count - target.MaxLength);
            }
        }

        return new Mutation([.. data], steps);
    }

    private string Step(List<byte> data, Random random)
    {
        var at = random.Next(data.Count + 1);
        switch (random.Next(10))
        {
            case 0 when data.Count > 0:
                var flip = Math.Min(at, data.Count - 1);
                var bit = random.Next(8);
                data[flip] ^= (byte)(1 << bit);
                return $"flip bit {bit} at {flip}";
            case 1 when data.Count > 0:
                var set = Math.Min(at, data.Count - 1);
                data[set] = OddBytes[random.Next(OddBytes.Length)];
                return $"byte 0x{data[set]:X2} at {set}";
            case 2 or 3:
                var token = tokens[random.Next(tokens.Length)];
                data.InsertRange(at, token);
                return $"insert {Show(token)} at {at}";
            case 4:
                var repeated = tokens[random.Next(tokens.Length)];
                var times = RunLengths[random.Next(RunLengths.Length)];
                data.InsertRange(at, Enumerable.Repeat(repeated, times).SelectMany(t => t));
                return $"insert {Show(repeated)} x{times} at {at}";
            case 5 when data.Count > 0:
                var deleteAt = Math.Min(at, data.Count - 1);
                var deleted = Math.Min(1 + random.Next(random.Next(2) == 0 ? 8 : 512), data.Count - deleteAt);
                data.RemoveRange(deleteAt, deleted);
                return $"delete {deleted} at {deleteAt}";
            case 6 when data.Count > 0:
                var from = random.Next(data.Count);
                var length = Math.Min(1 + random.Next(256), data.Count - from);
                var copies = random.Next(4) == 0 ? 1 + random.Next(64) : 1;
                var piece = data.GetRange(from, length);
                for (var c = 0; c < copies; c++)
                {
                    data.InsertRange(at, piece);
                }

                return $"copy {length} from {from} x{copies} to {at}";
            case 7:
                var other = target.Seeds[random.Next(target.Seeds.Count)];
                var line = RandomLine(other, random);
                data.InsertRange(LineStart(data, at), line);
                return $"insert line {Show(line)}";
            case 8:
                var second = target.Seeds[random.Next(target.Seeds.Count)];
                var tailFrom = random.Next(second.Length + 1);
                data.RemoveRange(at, data.Count - at);
                data.AddRange(second.AsSpan(tailFrom).ToArray());
                return $"splice at {at} with another input from {tailFrom}";
            default:
                data.RemoveRange(at, data.Count - at);
                return $"cut at {at}";
        }
    }

    private static byte[] RandomLine(byte[] text, Random random)
    {
        var start = LineStart(text, random.Next(text.Length + 1));
        var end = Array.IndexOf(text, (byte)'\n', start);
        return text[start..(end < 0 ? text.Length : end + 1)];
    }

    private static int LineStart(IReadOnlyList<byte> text, int at)
    {
        while (at > 0 && text[at - 1] != (byte)'\n')
        {
            at--;
        }

        return at;
    }

    private static string Show(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        return FuzzRunner.Escape(text.Length > 40 ? text[..40] + "..." : text);
    }
}
