namespace PaperDigest.Cli.Serve;

/// <summary>What a request path names in the output folder.</summary>
internal enum SiteFileKind
{
    NotFound,

    /// <summary>A file, or the <c>index.html</c> of a folder named with a trailing '/'.</summary>
    File,

    /// <summary>A folder named without its trailing '/' that has an <c>index.html</c>: redirect to the path with '/'.</summary>
    FolderWithoutSlash,
}
