using System.CommandLine;
using PaperDigest.Diagnostics;
using PaperDigest.Theming;

namespace PaperDigest.Cli;

/// <summary>
/// <c>paperdigest theme list</c>: every file of the theme and where it comes from, the built-in theme or the
/// digest's theme folder. <c>paperdigest theme eject [FILE...]</c>: copies built-in files into the theme folder to
/// edit, all of them when no FILE is named; it never overwrites a file without <c>--force</c>.
/// </summary>
internal static class ThemeCommand
{
    public static Command Create(Option<string> input, Option<string?> theme)
    {
        var list = new Command("list", "List every file of the theme and whether it is built in or comes from the theme folder");
        list.Options.Add(input);
        list.Options.Add(theme);
        list.SetAction(parse => List(parse.GetValue(input)!, parse.GetValue(theme)));

        var files = new Argument<string[]>("FILE")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Built-in files to copy: a path such as partials/card.sbn-html, a file name, or a name alone (card); none copies the whole theme",
        };
        var force = new Option<bool>("--force") { Description = "Overwrite files the theme folder already has (what you changed in them is lost)" };
        var eject = new Command("eject", "Copy built-in theme files into the theme folder, to edit them");
        eject.Arguments.Add(files);
        eject.Options.Add(input);
        eject.Options.Add(theme);
        eject.Options.Add(force);
        eject.SetAction(parse => Eject(parse.GetValue(input)!, parse.GetValue(theme), parse.GetValue(files) ?? [], parse.GetValue(force)));

        var command = new Command("theme", "See and change the files the site's theme is made of");
        command.Subcommands.Add(list);
        command.Subcommands.Add(eject);
        return command;
    }

    /// <param name="theme"><c>--theme</c>, or null for <c>theme/</c> in the input folder.</param>
    public static int List(string input, string? theme)
    {
        if (InputProblem(input, theme) is { } problem)
        {
            return Usage("theme list", problem);
        }

        var folder = CommandLine.ThemeFolder(input, theme);
        if (Path.Exists(folder) && !Directory.Exists(folder))
        {
            return Usage("theme list", $"theme folder '{folder}' is a file, not a folder");
        }

        var files = ThemeFiles.Overlay(folder);
        DiagnosticPrinter.Print(files.Problems);
        foreach (var line in ThemeListing.Lines(files))
        {
            Console.WriteLine(line);
        }

        return ExitCodes.Success;
    }

    /// <param name="names">The files to copy as the user named them; none for the whole theme.</param>
    public static int Eject(string input, string? theme, IReadOnlyList<string> names, bool force)
    {
        if (InputProblem(input, theme) is { } problem)
        {
            return Usage("theme eject", problem);
        }

        var builtIn = BuiltInTheme.Files;
        var (chosen, problems) = names.Count == 0 ? ([.. ThemeListing.Ordered(builtIn.Keys)], []) : ThemeFileNames.Resolve(names, [.. builtIn.Keys]);
        if (problems.Count > 0)
        {
            foreach (var message in problems)
            {
                Console.Error.WriteLine($"paperdigest theme eject: {Diagnostic.Printable(message)}");
            }

            Console.Error.WriteLine("Nothing was written. Run 'paperdigest theme list' to see the theme's files.");
            return ExitCodes.Usage;
        }

        var folder = CommandLine.ThemeFolder(input, theme);
        var existing = chosen.Where(f => ThemeFolderWriter.Occupied(Path.Combine(folder, f))).ToList();
        var folders = existing.Where(f => Directory.Exists(Path.Combine(folder, f))).ToList();
        if (folders.Count > 0 || (existing.Count > 0 && !force))
        {
            return Refuse(folder, folders.Count > 0 ? folders : existing, folders.Count > 0);
        }

        try
        {
            if (ThemeFolderWriter.Write(folder, [.. chosen.Select(f => (f, builtIn[f]))]) is { } failure)
            {
                Console.Error.WriteLine($"paperdigest theme eject: cannot write to the theme folder '{folder}': {failure}");
                Console.Error.WriteLine("Nothing was written.");
                return ExitCodes.ContentErrors;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"paperdigest theme eject: cannot write to the theme folder '{folder}': {ex.Message}");
            return ExitCodes.ContentErrors;
        }

        foreach (var file in chosen)
        {
            Console.WriteLine($"{(existing.Contains(file) ? "Replaced" : "Wrote")} {Display(folder, file)}");
        }

        Console.WriteLine($"Next: edit {(chosen.Count == 1 ? "it" : "them")}, then run 'paperdigest build' to see the change ('paperdigest theme list' shows what the theme folder overrides).");
        if (names.Count == 0)
        {
            Console.WriteLine("Files you leave as they are can be deleted again: the built-in theme stands in for whatever the folder lacks.");
        }

        return ExitCodes.Success;
    }

    /// <summary>The input folder must exist when the theme folder is found in it (no <c>--theme</c>).</summary>
    private static string? InputProblem(string input, string? theme) =>
        theme is null && !Directory.Exists(input)
            ? $"input folder '{input}' does not exist (pass --input to name the digest's folder, or --theme to name the theme folder)"
            : null;

    private static int Refuse(string folder, List<string> files, bool areFolders)
    {
        foreach (var file in files)
        {
            Console.Error.WriteLine($"paperdigest theme eject: {Display(folder, file)} already exists{(areFolders ? " and is a folder" : "")}");
        }

        Console.Error.WriteLine(areFolders
            ? "Nothing was written: move the folder away first."
            : $"Nothing was written. Pass --force to overwrite {(files.Count == 1 ? "it" : "them")} with the built-in {(files.Count == 1 ? "file" : "files")} (your changes would be lost).");
        return ExitCodes.ContentErrors;
    }

    private static int Usage(string command, string problem)
    {
        Console.Error.WriteLine($"paperdigest {command}: {problem}");
        return ExitCodes.Usage;
    }

    /// <summary>A file of the theme folder as messages name it, with <c>/</c> between folders.</summary>
    public static string Display(string folder, string relative) => $"{folder.Replace('\\', '/').TrimEnd('/')}/{relative}";
}
