using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace PaperDigest.Tests.Serve;

/// <summary>
/// A running <c>paperdigest serve</c> (<c>dotnet paperdigest.dll serve ...</c>) on a free port, its output captured.
/// Its temporary folder is under <c>TMPDIR</c> set to a folder of the test's own. Disposing kills it if it still runs.
/// </summary>
internal sealed partial class ServeProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly Lock gate = new();

    private ServeProcess(Process process, string host, int port)
    {
        this.process = process;
        Host = host;
        Port = port;
    }

    /// <summary>The address it listens on: 127.0.0.1, or what <see cref="StartOn"/> gave <c>--host</c>.</summary>
    public string Host { get; }

    public int Port { get; }

    /// <summary>Where the site is served: <c>http://127.0.0.1:PORT/</c> (or the host it was started on).</summary>
    public Uri BaseUrl => new(string.Create(CultureInfo.InvariantCulture, $"http://{Host}:{Port}/"));

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    /// <summary>Everything printed so far, stdout and stderr interleaved as received.</summary>
    public string Output
    {
        get
        {
            lock (gate)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>The temporary output folder the server announced, or null if it has not said yet.</summary>
    public string? AnnouncedOutputFolder => FolderLine().Match(Output) is { Success: true } match ? match.Groups[1].Value : null;

    /// <param name="tempDir">The child's TMPDIR (so its temporary output folder lands there).</param>
    public static ServeProcess Start(string workingDirectory, string tempDir, params string[] arguments) =>
        Start("127.0.0.1", workingDirectory, tempDir, arguments);

    /// <summary>Starts it with <c>--host <paramref name="host"/></c> (a loopback address, so that nothing is exposed).</summary>
    public static ServeProcess StartOn(string host, string workingDirectory, string tempDir, params string[] arguments) =>
        Start(host, workingDirectory, tempDir, [.. arguments, "--host", host]);

    private static ServeProcess Start(string host, string workingDirectory, string tempDir, string[] arguments)
    {
        Assert.True(File.Exists(RepoPaths.CliDll), $"{RepoPaths.CliDll} is missing; build tests/PaperDigest.Tests");
        var port = FreePort();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } dotnet && File.Exists(dotnet) ? dotnet : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(RepoPaths.CliDll);
        start.ArgumentList.Add("serve");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("--port");
        start.ArgumentList.Add(port.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(tempDir);
        start.Environment["TMPDIR"] = tempDir;
        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        var process = new Process { StartInfo = start };
        var serve = new ServeProcess(process, host, port);
        process.OutputDataReceived += (_, e) => serve.Append(e.Data);
        process.ErrorDataReceived += (_, e) => serve.Append(e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return serve;
    }

    /// <summary>A port that was free a moment ago, from the system (bind to port 0).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Waits until <c>GET /</c> answers with <paramref name="status"/>; fails if the process ends first.</summary>
    public async Task WaitUntilServingAsync(HttpClient http, TimeSpan timeout, HttpStatusCode status = HttpStatusCode.OK)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                Assert.Fail($"paperdigest serve exited ({process.ExitCode}) before serving\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync(BaseUrl);
                if (response.StatusCode == status)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            Assert.True(clock.Elapsed < timeout, $"paperdigest serve did not answer {(int)status} on {BaseUrl} within {timeout.TotalSeconds} s\n{Output}");
            await Task.Delay(250);
        }
    }

    /// <summary>
    /// Presses Ctrl-C: sends SIGINT, or SIGTERM (what a service manager sends) when this process inherited SIGINT as
    /// ignored, as a shell does for background jobs. Returns the signal's name.
    /// </summary>
    public string Interrupt()
    {
        var signal = IgnoresSigint() ? "TERM" : "INT";
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-s", signal, process.Id.ToString(CultureInfo.InvariantCulture) }, UseShellExecute = false })!;
        kill.WaitForExit();
        Assert.True(kill.ExitCode == 0, $"kill -s {signal} {process.Id} failed with {kill.ExitCode}");
        return signal;
    }

    public bool WaitForExit(TimeSpan timeout)
    {
        if (!process.WaitForExit(timeout))
        {
            return false;
        }

        process.WaitForExit(); // drains the output readers
        return true;
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Never started, or already gone.
        }

        process.Dispose();
    }

    private bool IgnoresSigint()
    {
        var status = $"/proc/{process.Id}/status";
        if (!File.Exists(status))
        {
            return false;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null
            && ulong.TryParse(line["SigIgn:".Length..].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var mask)
            && (mask & (1UL << (2 - 1))) != 0;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (gate)
        {
            output.Append(line).Append('\n');
        }
    }

    [GeneratedRegex(@"from a temporary folder \((.+)\)\.$", RegexOptions.Multiline)]
    private static partial Regex FolderLine();
}
