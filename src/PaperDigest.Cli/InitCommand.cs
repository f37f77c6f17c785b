using System.CommandLine;
using System.Globalization;
using PaperDigest.Cli.Init;
using PaperDigest.Scaffolding;

namespace PaperDigest.Cli;

/// <summary>
/// <c>paperdigest init [DIR] [--title T] [--base-url URL] [--force]</c>: starts a digest repository that builds at
/// once. It refuses a folder with anything in it (a lone <c>.git</c> aside) unless <c>--force</c>, and even then
/// only adds the files that are missing: nothing is ever overwritten.
/// </summary>
internal static class InitCommand
{
    private const int MaxTitleLength = 200;

    public static Command Create()
    {
        var folder = new Argument<string>("DIR") { Description = "The new digest's repository folder (default: the current folder)", DefaultValueFactory = _ => "." };
        var title = new Option<string?>("--title") { Description = $"The digest's title (default: \"{StarterSettings.DefaultTitle}\"; asked for when run in a terminal)" };
        var baseUrl = new Option<string?>("--base-url") { Description = $"The address the site will be published at (default: {StarterSettings.DefaultBaseUrl}; asked for when run in a terminal)" };
        var force = new Option<bool>("--force") { Description = "Add the missing files to a folder that is not empty; files already there are left as they are" };

        var command = new Command("init", "Start a new digest repository that builds at once: settings, tags, an example entry, an about page, Netlify and GitHub Actions files");
        command.Arguments.Add(folder);
        command.Options.Add(title);
        command.Options.Add(baseUrl);
        command.Options.Add(force);
        command.SetAction(parse => Run(parse.GetValue(folder)!, parse.GetValue(title), parse.GetValue(baseUrl), parse.GetValue(force)));
        return command;
    }

    public static int Run(string folder, string? titleOption, string? baseUrlOption, bool force)
    {
        var (title, titleProblem) = ParseTitle(titleOption);
        var (baseUrl, urlProblem) = CommandLine.ParseBaseUrl(baseUrlOption);
        if ((titleProblem ?? urlProblem) is { } problem)
        {
            return Usage(problem);
        }

        if (File.Exists(folder))
        {
            return Usage($"'{folder}' is a file; name a folder for the new digest");
        }

        if (!force && Directory.Exists(folder) && HasContent(folder))
        {
            return Usage($"'{folder}' is not empty; run init in an empty or new folder, or pass --force to add only the files that are missing (nothing is overwritten)");
        }

        var ask = !Console.IsInputRedirected;
        var settings = new StarterSettings(
            title ?? (ask ? AskTitle() : StarterSettings.DefaultTitle),
            baseUrl ?? (ask ? AskBaseUrl() : new Uri(StarterSettings.DefaultBaseUrl)),
            DateOnly.FromDateTime(DateTime.UtcNow));

        var written = new List<string>();
        var kept = new List<string>();
        foreach (var file in StarterDigest.Files(settings))
        {
            if (file.RelativePath.StartsWith("input/papers/", StringComparison.Ordinal) && HasEntries(folder))
            {
                // A digest that already has papers needs no example (and one dated another year would clash with an older one).
                kept.Add("input/papers/ (it already has entries, so no example entry was added)");
                continue;
            }

            var path = Path.Combine(folder, file.RelativePath.Replace('/', Path.DirectorySeparatorChar));
            try
            {
                if (Write(path, file.Text))
                {
                    written.Add(file.RelativePath);
                }
                else
                {
                    kept.Add(file.RelativePath);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Report(folder, written, kept);
                Console.Error.WriteLine($"paperdigest init: could not write {file.RelativePath}: {e.Message}");
                return ExitCodes.ContentErrors;
            }
        }

        Report(folder, written, kept);
        NextSteps(folder, written, kept);
        return ExitCodes.Success;
    }

    /// <summary>Writes a file that is not there yet; false, leaving it untouched, when something already is.</summary>
    private static bool Write(string path, string text)
    {
        if (Path.Exists(path) || new FileInfo(path).LinkTarget is not null)
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        try
        {
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            writer.Write(text);
        }
        catch (IOException) when (Path.Exists(path))
        {
            // Created by someone else between the check and the write: it is theirs.
            return false;
        }

        if (path.EndsWith(".sh", StringComparison.Ordinal) && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }

        return true;
    }

    private static bool HasEntries(string folder)
    {
        var papers = Path.Combine(folder, "input", "papers");
        return Directory.Exists(papers) && Directory.EnumerateFiles(papers, "*.md", SearchOption.AllDirectories).Any();
    }

    /// <summary>Anything but a lone <c>.git</c> (a freshly cloned empty repository) counts as content.</summary>
    private static bool HasContent(string folder) =>
        Directory.EnumerateFileSystemEntries(folder).Any(entry => Path.GetFileName(entry) != ".git");

    private static (string? Title, string? Problem) ParseTitle(string? text)
    {
        if (text is null)
        {
            return (null, null);
        }

        var title = SingleLineText.Clean(text);
        return title.Length switch
        {
            0 => (null, "--title is empty; give the digest a name, e.g. --title \"Paper digest\""),
            > MaxTitleLength => (null, string.Create(CultureInfo.InvariantCulture, $"--title is {title.Length} characters long; site.yml allows at most {MaxTitleLength}")),
            _ => (title, null),
        };
    }

    private static string AskTitle()
    {
        while (true)
        {
            var answer = Ask("Title", StarterSettings.DefaultTitle);
            var (title, problem) = ParseTitle(answer);
            if (title is not null)
            {
                return title;
            }

            Console.Error.WriteLine(problem!.Replace("--title", "The title", StringComparison.Ordinal));
        }
    }

    private static Uri AskBaseUrl()
    {
        while (true)
        {
            var answer = Ask("Base URL (where the site will be published)", StarterSettings.DefaultBaseUrl);
            var (url, problem) = CommandLine.ParseBaseUrl(answer);
            if (url is not null)
            {
                return url;
            }

            Console.Error.WriteLine(problem!.Replace("--base-url", "The base URL", StringComparison.Ordinal));
        }
    }

    /// <summary>Asks on the terminal; an empty answer, or the end of input, takes the default shown.</summary>
    private static string Ask(string question, string defaultAnswer)
    {
        Console.Write($"{question} [{defaultAnswer}]: ");
        var answer = Console.ReadLine();
        if (answer is null)
        {
            Console.WriteLine();
        }

        return string.IsNullOrWhiteSpace(answer) ? defaultAnswer : answer.Trim();
    }

    private static void Report(string folder, List<string> written, List<string> kept)
    {
        if (written.Count > 0)
        {
            Console.WriteLine($"Wrote {BuildCommand.Count(written.Count, "file")} in {Shown(folder)}:");
            foreach (var path in written)
            {
                Console.WriteLine($"  {path}");
            }
        }

        if (kept.Count > 0)
        {
            Console.WriteLine($"Left alone {BuildCommand.Count(kept.Count, "file")} that {(kept.Count == 1 ? "was" : "were")} already there:");
            foreach (var path in kept)
            {
                Console.WriteLine($"  {path}");
            }
        }
    }

    private static void NextSteps(string folder, List<string> written, List<string> kept)
    {
        if (written.Count == 0)
        {
            Console.WriteLine("Nothing to add: every file of a new digest is already there.");
        }

        Console.WriteLine();
        Console.WriteLine("Next steps:");
        if (Path.GetFullPath(folder) != Path.GetFullPath("."))
        {
            Console.WriteLine($"  cd {Quoted(folder)}");
        }

        Console.WriteLine("  paperdigest serve        preview the digest at http://127.0.0.1:5080/, rebuilt as you edit");
        Console.WriteLine("  paperdigest new 1706.03762");
        Console.WriteLine("                           add a paper from arXiv by id or URL, as a draft to write the summary of");
        Console.WriteLine("  paperdigest new --title \"The paper's title\" --authors \"First Author; Second Author\" --tags machine-learning");
        Console.WriteLine("                           the same without arXiv; then replace the example entry in input/papers/ with real ones");
        Console.WriteLine("  paperdigest check        check every entry, as the pull request workflow does");
        Console.WriteLine("  paperdigest build        build the site into output/");
        if (kept.Contains("input/tags.yml"))
        {
            Console.WriteLine("Your own tags.yml was kept: pick --tags from it.");
        }
    }

    private static string Shown(string folder) => folder == "." ? "the current folder" : Quoted(folder);

    /// <summary>A folder as a shell command takes it: quoted when it holds anything but plain characters.</summary>
    private static string Quoted(string folder) =>
        folder.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '-' or '_')
            ? folder
            : "'" + folder.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static int Usage(string problem)
    {
        Console.Error.WriteLine($"paperdigest init: {problem}");
        Console.Error.WriteLine("Nothing was written.");
        return ExitCodes.Usage;
    }
}
