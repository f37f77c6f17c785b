namespace PaperDigest.Diagnostics;

/// <summary>
/// Every diagnostic code the build can report. Codes are stable: editors and CI logs refer to them.
/// PD00xx file and syntax, PD01xx entry fields, PD02xx site.yml, PD03xx tags.yml, PD04xx free pages,
/// PD05xx theme, PD06xx output, PD07xx import (in <c>Scaffolding/ScaffoldingCodes.cs</c>), PD08xx authors and venues,
/// PD10xx images (figures, social cards).
/// </summary>
internal static class DiagnosticCodes
{
    public const string CannotRead = "PD0001";
    public const string InvalidUtf8 = "PD0002";
    public const string FileTooLarge = "PD0003";
    public const string BinaryFile = "PD0004";
    public const string EmptyFile = "PD0005";
    public const string MissingInput = "PD0006";
    public const string InputLink = "PD0007";
    public const string NotARegularFile = "PD0008";
    public const string IgnoredInputFile = "PD0009";

    public const string NoFrontMatter = "PD0010";
    public const string UnclosedFrontMatter = "PD0011";
    public const string YamlSyntax = "PD0012";
    public const string YamlAlias = "PD0013";
    public const string YamlTooDeep = "PD0014";
    public const string NotAMapping = "PD0015";
    public const string DuplicateKey = "PD0016";
    public const string YamlTooLarge = "PD0017";
    public const string MarkdownUnrenderable = "PD0018";

    public const string UnknownKey = "PD0100";
    public const string MissingKey = "PD0101";
    public const string WrongType = "PD0102";
    public const string UnknownTag = "PD0103";
    public const string InvalidDate = "PD0104";
    public const string FutureDate = "PD0105";
    public const string EmptyValue = "PD0106";
    public const string InvalidArxivId = "PD0107";
    public const string InvalidDoi = "PD0108";
    public const string InvalidLink = "PD0109";
    public const string InvalidSlug = "PD0110";
    public const string InvalidAlias = "PD0111";
    public const string DuplicateSlug = "PD0112";
    public const string DuplicateArxivId = "PD0113";
    public const string DuplicateDoi = "PD0114";
    public const string RepeatedValue = "PD0115";
    public const string NoAuthors = "PD0116";
    public const string ValueTooLong = "PD0117";
    public const string DuplicateAlias = "PD0118";
    public const string PlaceholderSummary = "PD0119";
    public const string BrokenInternalLink = "PD0120";
    public const string UnsafeLinkScheme = "PD0121";
    public const string InlineMarkerLimit = "PD0122";
    public const string FeedItemCapped = "PD0123";
    public const string NestingLimit = "PD0124";
    /// <summary>A draft without tags: allowed while it is a draft, an error once published.</summary>
    public const string DraftWithoutTags = "PD0125";
    /// <summary>An entry's <c>updated</c> (the latest version's date) that comes before its <c>published</c> (the first version's).</summary>
    public const string UpdatedBeforePublished = "PD0126";
    /// <summary>An entry without <c>slug</c> whose page address or feed id differs from the one it was published under (an arXiv id added, changed or taken out, or its title edited).</summary>
    public const string AddressMoved = "PD0127";

    /// <summary>A formula of a write-up that could not be converted to MathML and is shown as its TeX; an error with <c>--strict</c>.</summary>
    public const string MathNotConverted = "PD0140";
    /// <summary>A formula shown as its TeX because it is written wrongly (a missing argument, unbalanced braces, a bad colour or length), not because a command is unknown; an error with <c>--strict</c>.</summary>
    public const string MathMalformed = "PD0141";
    /// <summary>A formula shown as its TeX because a macro it defines expands without end (<c>\def\a{\a}</c>) or past the bounds on expansions and length; an error with <c>--strict</c>.</summary>
    public const string MathMacroRunaway = "PD0142";

    /// <summary>A theme stylesheet with a comment, string or bracket that is not closed: published as written, neither minified nor purged.</summary>
    public const string StylesheetUnreadable = "PD0153";

    /// <summary>A <c>figures</c> item that is not a mapping with a <c>file</c>, has an unknown key, or one figure too many.</summary>
    public const string InvalidFigure = "PD0130";
    /// <summary>A figure without <c>alt</c> text (what the image shows, for readers who cannot see it).</summary>
    public const string FigureWithoutAlt = "PD0131";
    /// <summary>A figure's <c>file</c> that is not a plain file name inside the entry's figure folder (a path, <c>..</c>, a hidden name, another extension).</summary>
    public const string FigureOutsideFolder = "PD0132";
    /// <summary>A figure's file that is not in the entry's figure folder.</summary>
    public const string FigureMissing = "PD0133";
    /// <summary>A figure's file that is not an image the build reads (PNG, JPEG, WebP, GIF), or is corrupt or cut short.</summary>
    public const string FigureUnreadable = "PD0134";
    /// <summary>A figure's file too large in bytes, width, height or pixels (a decompression bomb is refused from its header).</summary>
    public const string FigureTooLarge = "PD0135";
    /// <summary>An entry names the same figure file twice.</summary>
    public const string FigureRepeated = "PD0136";

    public const string SiteConfigInvalid = "PD0200";

    public const string TagRegistryInvalid = "PD0300";
    public const string UnusedTag = "PD0301";
    /// <summary>An item of a tag's <c>arxiv</c> list that is not an arXiv category (<c>cs.CL</c>, <c>hep-th</c>), or is listed twice.</summary>
    public const string TagArxivCategoryInvalid = "PD0302";

    public const string PageInvalid = "PD0400";
    public const string PageNameReserved = "PD0401";

    public const string TemplateMissing = "PD0500";
    public const string TemplateError = "PD0501";
    /// <summary>A template names a variable, member or function its view and the theme do not have, or calls one wrongly.</summary>
    public const string TemplateUnknownName = "PD0502";
    /// <summary>The theme folder holds Handlebars templates (<c>*.hbs</c>), which themes no longer use.</summary>
    public const string TemplateHandlebars = "PD0503";
    /// <summary>A file in the theme's template folders that the build never renders.</summary>
    public const string TemplateUnused = "PD0504";
    /// <summary>A template adds inline script, inline style or an event handler that the content security policy blocks.</summary>
    public const string TemplateBlockedByPolicy = "PD0505";

    public const string OutputFailed = "PD0600";
    public const string BrokenOutputLink = "PD0601";
    public const string OutputRefused = "PD0602";
    public const string OutputLocked = "PD0603";

    /// <summary>
    /// <c>others</c> (the mark of an incomplete author list) anywhere but last, or alone, or an author written as
    /// "et al." or "and others" instead of it.
    /// </summary>
    public const string AuthorsMarker = "PD0800";

    /// <summary>An author's <c>orcid</c> that is not an ORCID iD (0000-0000-0000-000X with a valid check digit).</summary>
    public const string InvalidOrcid = "PD0801";

    /// <summary>An author written neither as a name nor as a mapping with a <c>name</c>.</summary>
    public const string InvalidAuthor = "PD0802";

    /// <summary><c>authors.yml</c> that is not a mapping of author keys to <c>{ name, orcid, url, aliases }</c>, or a bad value in it.</summary>
    public const string AuthorRegistryInvalid = "PD0803";

    /// <summary>Two people of <c>authors.yml</c> with the same ORCID iD, or an alias listed twice for one person.</summary>
    public const string AuthorRegistryDuplicate = "PD0804";

    /// <summary>An entry's author whose <c>id</c> is not a key of <c>authors.yml</c> (or there is no authors.yml).</summary>
    public const string UnknownAuthorId = "PD0805";

    /// <summary>
    /// A warning: entries give one name with different ORCID iDs, or a name that several people of <c>authors.yml</c>
    /// have without saying which, and the registry does not settle who is who.
    /// </summary>
    public const string AmbiguousAuthor = "PD0806";

    /// <summary>A warning: an entry's author gives an <c>id</c> and an ORCID iD that is not the one <c>authors.yml</c> has for that person.</summary>
    public const string AuthorOrcidMismatch = "PD0807";

    /// <summary>A <c>venue</c> mapping without a name, with an unknown <c>kind</c>, or with a <c>year</c> that is not one.</summary>
    public const string InvalidVenue = "PD0810";

    /// <summary>The theme's social card font is missing or not a font the build can draw with.</summary>
    public const string SocialCardFont = "PD1000";
}
