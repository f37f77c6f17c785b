using Spectre.Console;

namespace PaperDigest.Cli;

/// <summary>The Spectre.Console view of stderr, used only when stderr is a terminal.</summary>
internal static class Terminal
{
    public static IAnsiConsole Error { get; } = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
}
