using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using PaperDigest.Scaffolding;

namespace PaperDigest.Cli.Arxiv;

/// <summary>
/// Asks the arXiv API (an Atom feed) for papers by id: all ids in one request (at most <see cref="IdsPerRequest"/>;
/// more wait <see cref="RequestGap"/> between requests, as arXiv asks), a User-Agent that names the tool, and a timeout.
/// The feed is read by <see cref="ArxivAtomReader"/>, as <c>import</c> reads a saved one.
/// </summary>
internal static class ArxivApi
{
    public const string DefaultEndpoint = "https://export.arxiv.org/api/query";

    /// <summary>Points <c>new</c> at a mirror; <c>--arxiv-api</c> wins over it.</summary>
    public const string EndpointVariable = "PAPERDIGEST_ARXIV_API";

    /// <summary>Seconds to wait for an answer; an internal setting, so tests need not wait the default.</summary>
    public const string TimeoutVariable = "PAPERDIGEST_ARXIV_TIMEOUT";

    public const int IdsPerRequest = 100;

    public static readonly TimeSpan RequestGap = TimeSpan.FromSeconds(3);

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    public static string UserAgent
    {
        get
        {
            var version = typeof(ArxivApi).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";
            return $"PaperDigest/{version.Split('+')[0]} (static site generator for a research paper digest; paperdigest new)";
        }
    }

    public static TimeSpan Timeout()
    {
        var text = Environment.GetEnvironmentVariable(TimeoutVariable);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : DefaultTimeout;
    }

    public static ArxivApiAnswer Fetch(Uri endpoint, IReadOnlyList<string> ids, TimeSpan timeout)
    {
        using var client = new HttpClient { Timeout = timeout };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        var papers = ImmutableArray.CreateBuilder<ImportedPaper>();
        var batches = ids.Chunk(IdsPerRequest).ToList();
        for (var i = 0; i < batches.Count; i++)
        {
            if (i > 0)
            {
                Thread.Sleep(RequestGap);
            }

            var answer = FetchBatch(client, endpoint, batches[i], timeout);
            if (!answer.Problems.IsEmpty)
            {
                return answer;
            }

            papers.AddRange(answer.Papers);
        }

        return new ArxivApiAnswer(papers.ToImmutable(), []);
    }

    private static ArxivApiAnswer FetchBatch(HttpClient client, Uri endpoint, string[] ids, TimeSpan timeout)
    {
        var named = string.Join(", ", ids);
        var separator = endpoint.Query.Length > 1 ? "&" : "?";
        var url = new Uri(endpoint.AbsoluteUri + separator + "id_list=" + string.Join(",", ids.Select(Uri.EscapeDataString))
            + "&max_results=" + ids.Length.ToString(CultureInfo.InvariantCulture));
        ImportReadResult read;
        try
        {
            using var response = client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead).GetAwaiter().GetResult();
            if (!response.IsSuccessStatusCode)
            {
                return Failed($"the arXiv API at {endpoint} answered HTTP {(int)response.StatusCode} ({response.ReasonPhrase}) for {named}; try again later", unreachable: false);
            }

            // The reader bounds what it reads (an oversized or empty answer is one of its errors, reported below).
            using var stream = response.Content.ReadAsStream();
            read = ArxivAtomReader.Read(stream, "arXiv API answer");
        }
        catch (Exception ex) when (ex is OperationCanceledException or TimeoutException)
        {
            return Failed(string.Create(CultureInfo.InvariantCulture,
                $"the arXiv API at {endpoint} did not answer within {timeout.TotalSeconds:0.#} s for {named}"), unreachable: true);
        }
        catch (HttpRequestException ex)
        {
            var why = ex.InnerException is SocketException socket ? socket.SocketErrorCode.ToString() : ex.HttpRequestError.ToString();
            return Failed($"cannot reach the arXiv API at {endpoint} for {named} ({why}): is there a network connection?", unreachable: true);
        }
        catch (IOException ex)
        {
            return Failed($"the connection to the arXiv API at {endpoint} broke while fetching {named}: {ex.Message}", unreachable: true);
        }

        var problems = ImmutableArray.CreateBuilder<string>();
        foreach (var error in read.Diagnostics.Where(d => d.IsError))
        {
            // An entry without a title is what the API sends for an id it does not have; that is reported per id below.
            if (error.Code != ScaffoldingCodes.MissingTitle)
            {
                problems.Add($"the arXiv API's answer for {named} cannot be used: {error.Message}");
            }
        }

        return new ArxivApiAnswer(read.Papers, problems.ToImmutable());
    }

    private static ArxivApiAnswer Failed(string message, bool unreachable) => new([], [message], unreachable);
}
