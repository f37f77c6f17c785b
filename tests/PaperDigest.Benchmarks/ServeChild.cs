using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PaperDigest.Benchmarks;

/// <summary>
/// A <c>paperdigest serve</c> child process on a free loopback port, its output captured line by line. Disposing
/// stops it as Ctrl-C would (SIGINT), and kills it if it has not ended within a while.
/// </summary>
internal sealed class ServeChild : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly Lock gate = new();

    private ServeChild(Process process, int port)
    {
        this.process = process;
        BaseUrl = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/"));
    }

    public Uri BaseUrl { get; }

    /// <summary>Everything printed so far, stdout and stderr interleaved.</summary>
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

    /// <param name="command">The CLI: an executable, or <c>dotnet</c> and the dll.</param>
    public static ServeChild Start(string[] command, string input, string theme, string outputFolder)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var argument in (string[])[.. command[1..], "serve", "--input", input, "--theme", theme, "--output", outputFolder, "--port", port.ToString(CultureInfo.InvariantCulture)])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        var process = new Process { StartInfo = start };
        var child = new ServeChild(process, port);
        process.OutputDataReceived += (_, e) => child.Append(e.Data);
        process.ErrorDataReceived += (_, e) => child.Append(e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits until the server says it is serving; false if it ends or <paramref name="timeout"/> passes first.</summary>
    public async Task<bool> WaitUntilServingAsync(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout && !process.HasExited)
        {
            if (Output.Contains("Serving http://", StringComparison.Ordinal))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                using (var interrupt = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-s", "INT", process.Id.ToString(CultureInfo.InvariantCulture) }, UseShellExecute = false }))
                {
                    interrupt?.WaitForExit();
                }

                if (!process.WaitForExit(30_000))
                {
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit(10_000);
                }
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }

        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
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
}
