namespace PaperDigest.Cli.Serve;

/// <summary>What <c>paperdigest serve</c> was asked to do, checked by <see cref="ServeCommand"/>.</summary>
/// <param name="Output">Where the site is built.</param>
/// <param name="TemporaryRoot">The temporary folder holding <paramref name="Output"/>, deleted on exit; null when the user chose the output folder.</param>
/// <param name="Host">Where the server listens (<c>--host</c>).</param>
/// <param name="BaseUrl">The base URL the site is built with; its path is where the site is served.</param>
internal sealed record ServeSettings(string Input, string Theme, string Output, string? TemporaryRoot, ServeHost Host, int Port, Uri BaseUrl);
