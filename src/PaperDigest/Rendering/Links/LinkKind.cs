namespace PaperDigest.Rendering.Links;

/// <summary>What a URL in a write-up leads to, as a browser reads it.</summary>
internal enum LinkKind
{
    /// <summary>A path, <c>#fragment</c> or <c>?query</c> relative to the page (or an empty URL).</summary>
    Relative,

    /// <summary>A path of this site: one '/' then not a second '/' or '\'.</summary>
    SiteAbsolute,

    /// <summary><c>//host/path</c> (or with backslashes): the page's own scheme, http or https, on another host.</summary>
    ProtocolRelative,

    /// <summary><c>http:</c> or <c>https:</c>.</summary>
    Web,

    /// <summary><c>mailto:</c>.</summary>
    Mail,

    /// <summary>Any other scheme (javascript:, data:, vbscript:, file:, ftp:, tel: ...): never written as a link.</summary>
    Unsafe,
}
