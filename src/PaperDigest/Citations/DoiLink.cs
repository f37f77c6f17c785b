using System.Text;

namespace PaperDigest.Citations;

/// <summary>The resolver URL of a DOI, percent-encoding what the DOI Handbook says must not appear raw in one.</summary>
internal static class DoiLink
{
    public static string Url(string doi)
    {
        var builder = new StringBuilder("https://doi.org/", doi.Length + 16);
        foreach (var b in Encoding.UTF8.GetBytes(doi))
        {
            var c = (char)b;
            if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9'
                || "-._~!$&'()*+,;=:@/".Contains(c, StringComparison.Ordinal))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(Convert.ToHexString([b]));
            }
        }

        return builder.ToString();
    }
}
