namespace PaperDigest.Yaml;

/// <summary>A Markdown file split at its front matter fences. <see cref="BodyLine"/> is the file line where the body starts.</summary>
internal sealed record FrontMatter(string Yaml, string Body, int BodyLine);
