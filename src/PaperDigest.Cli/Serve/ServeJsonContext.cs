using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaperDigest.Cli.Serve;

/// <summary>JSON for <c>/__paperdigest/status</c> and the events, camelCase, generated at compile time.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(BuildStatus))]
internal sealed partial class ServeJsonContext : JsonSerializerContext;
