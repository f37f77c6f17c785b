using System.Globalization;
using HandlebarsDotNet;

namespace PaperDigest.Theming;

/// <summary>
/// The helpers templates may call:
/// <c>{{date Value "format"}}</c> formats a YYYY-MM-DD date (default "d MMMM yyyy", invariant culture);
/// <c>{{plural Count "paper" "papers"}}</c> writes "1 paper" or "3 papers";
/// <c>{{relurl "/tags/"}}</c> writes a site path with the site's base path;
/// <c>{{asset "site.css"}}</c> writes the URL of a theme asset under its fingerprinted name.
/// </summary>
public static class ThemeHelpers
{
    public static void Register(IHandlebars handlebars, string basePath, ThemeAssets assets)
    {
        handlebars.RegisterHelper("asset", (context, arguments) =>
        {
            var path = arguments.Length > 0 ? arguments[0]?.ToString() ?? "" : "";
            return basePath.TrimEnd('/') + "/assets/" + (assets.Fingerprinted(path) ?? path.TrimStart('/'));
        });

        handlebars.RegisterHelper("date", (context, arguments) =>
        {
            var text = arguments.Length > 0 ? arguments[0]?.ToString() : null;
            var format = arguments.Length > 1 ? arguments[1]?.ToString() ?? "d MMMM yyyy" : "d MMMM yyyy";
            return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date.ToString(format, CultureInfo.InvariantCulture)
                : text ?? "";
        });

        handlebars.RegisterHelper("plural", (context, arguments) =>
        {
            var count = arguments.Length > 0 ? Convert.ToInt64(arguments[0], CultureInfo.InvariantCulture) : 0;
            var singular = arguments.Length > 1 ? arguments[1]?.ToString() : "";
            var plural = arguments.Length > 2 ? arguments[2]?.ToString() : singular + "s";
            return string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural)}");
        });

        var prefix = basePath.TrimEnd('/');
        handlebars.RegisterHelper("relurl", (context, arguments) =>
        {
            var path = arguments.Length > 0 ? arguments[0]?.ToString() ?? "/" : "/";
            return prefix + "/" + path.TrimStart('/');
        });
    }
}
