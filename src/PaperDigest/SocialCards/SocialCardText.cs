namespace PaperDigest.SocialCards;

/// <summary>What a drawn social card says: a title, a line under it, and the site it belongs to.</summary>
/// <param name="Title">The big text: a paper's title, a tag's name, the site's title.</param>
/// <param name="Subtitle">A line under it (a tag's paper count, a paper's authors), or null.</param>
/// <param name="Site">The site's title, shown small at the top.</param>
/// <param name="Host">The site's host name, shown small at the bottom.</param>
internal sealed record SocialCardText(string Title, string? Subtitle, string Site, string Host);
