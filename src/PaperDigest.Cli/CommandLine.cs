using System.CommandLine;
using PaperDigest.Building;
using PaperDigest.Parsing;

namespace PaperDigest.Cli;

/// <summary>The <c>paperdigest</c> command: its subcommands, options and exit codes.</summary>
internal static class CommandLine
{
    public static int Run(string[] args)
    {
        var input = new Option<string>("--input", "-i") { Description = "The digest's folder (site.yml, tags.yml, papers/, pages/, static/)", DefaultValueFactory = _ => "input" };
        var theme = new Option<string?>("--theme")
        {
            HelpName = "folder",
            Description = "A theme folder whose files replace the built-in theme's, file by file (default: theme/ in the input folder, if there is one)",
        };
        var output = new Option<string>("--output", "-o") { Description = "Where the site is written; replaced as a whole when the build succeeds", DefaultValueFactory = _ => "output" };
        var drafts = new Option<bool>("--drafts") { Description = "Include draft entries and entries dated in the future" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Override site.yml's base_url, e.g. for a preview deploy" };
        var strict = new Option<bool>("--strict") { Description = "Fail the build when any internal link or fragment of the written site leads nowhere, or a formula cannot be converted to MathML" };
        var timings = new Option<bool>("--timings") { Description = "After building, print how long each stage of the build took" };
        var lockWait = new Option<int>("--lock-wait")
        {
            HelpName = "seconds",
            Description = "Seconds to wait while another run (a build or serve) holds the output folder, then give up with exit code 3",
            DefaultValueFactory = _ => LockWait.DefaultSeconds,
        };
        var format = new Option<OutputFormat>("--format") { Description = "How to print diagnostics: text, or github for pull request annotations", DefaultValueFactory = _ => OutputFormat.Text };

        var build = new Command("build", "Build the digest into a static site");
        build.Options.Add(input);
        build.Options.Add(theme);
        build.Options.Add(output);
        build.Options.Add(drafts);
        build.Options.Add(baseUrl);
        build.Options.Add(strict);
        build.Options.Add(timings);
        build.Options.Add(lockWait);
        build.SetAction(parse => BuildCommand.Run(
            parse.GetValue(input)!, parse.GetValue(theme), parse.GetValue(output)!, parse.GetValue(drafts), parse.GetValue(baseUrl), parse.GetValue(strict), parse.GetValue(timings),
            parse.GetValue(lockWait)));

        var check = new Command("check", "Check every entry and setting without writing anything");
        check.Options.Add(input);
        check.Options.Add(theme);
        check.Options.Add(drafts);
        check.Options.Add(format);
        check.SetAction(parse => CheckCommand.Run(parse.GetValue(input)!, parse.GetValue(theme), parse.GetValue(drafts), parse.GetValue(format)));

        var root = new RootCommand("PaperDigest turns a folder of paper write-ups into a browsable, tag-indexed static site with feeds.");
        root.Subcommands.Add(InitCommand.Create());
        root.Subcommands.Add(build);
        root.Subcommands.Add(check);
        root.Subcommands.Add(ServeCommand.Create(input, theme, lockWait));
        root.Subcommands.Add(NewCommand.Create(input));
        root.Subcommands.Add(ImportCommand.Create(input));
        root.Subcommands.Add(ThemeCommand.Create(input, theme));

        var result = root.Parse(args);
        if (result.CommandResult.Command is { Subcommands.Count: > 0, Action: null } group && group != root
            && !args.Any(a => a is "-h" or "--help" or "-?"))
        {
            // A command that only groups others (`theme`): name them rather than System.CommandLine's "Required command was not provided".
            var names = string.Join(" or ", group.Subcommands.Select(c => $"'paperdigest {group.Name} {c.Name}'"));
            Console.Error.WriteLine($"paperdigest: name what to do: {names}. Run 'paperdigest {group.Name} --help' for usage.");
            return ExitCodes.Usage;
        }

        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                Console.Error.WriteLine($"paperdigest: {error.Message}");
            }

            Console.Error.WriteLine("Run 'paperdigest --help' for usage.");
            return ExitCodes.Usage;
        }

        if (result.CommandResult.Command == root && !args.Any(a => a is "-h" or "--help" or "-?" or "--version"))
        {
            Console.Error.WriteLine("paperdigest: name a command, such as 'paperdigest build'. Run 'paperdigest --help' for usage.");
            return ExitCodes.Usage;
        }

        return result.Invoke();
    }

    /// <summary>Parses <c>--base-url</c>; null and a message when it is not an absolute http(s) URL.</summary>
    public static (Uri? Url, string? Problem) ParseBaseUrl(string? text)
    {
        if (text is null)
        {
            return (null, null);
        }

        var url = SiteConfigParser.ParseBaseUrlOverride(text);
        return url is null ? (null, $"--base-url '{text}' is not an absolute http:// or https:// URL") : (url, null);
    }

    /// <summary>Checks <c>--lock-wait</c>; a message when it is negative.</summary>
    public static string? LockWaitProblem(int seconds) =>
        seconds < 0 ? $"--lock-wait {seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)} is negative; pass 0 not to wait at all" : null;

    public static BuildOptions Options(string input, string? theme, string output, bool drafts, Uri? baseUrl) =>
        new(input, ThemeFolder(input, theme), output, drafts, baseUrl);

    /// <summary>The theme folder a command uses: the one <c>--theme</c> names, else <c>theme/</c> in the input folder (which may be absent).</summary>
    public static string ThemeFolder(string input, string? theme) => theme ?? Path.Combine(input, "theme");
}
