namespace PaperDigest.Theming;

/// <summary>A function templates may call, as the theme reference lists it.</summary>
/// <param name="Name">The name templates call it by.</param>
/// <param name="Usage">How a call is written, in Scriban's command form.</param>
/// <param name="Description">What it returns.</param>
internal sealed record ThemeFunction(string Name, string Usage, string Description);
