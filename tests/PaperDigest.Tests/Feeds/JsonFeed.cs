using System.Text.Json;

namespace PaperDigest.Tests.Feeds;

/// <summary>Reading JSON Feed 1.1 files with System.Text.Json, failing on what the spec requires and they lack.</summary>
internal static class JsonFeed
{
    public const string Version11 = "https://jsonfeed.org/version/1.1";

    /// <summary>Parses a JSON Feed strictly (no comments, no trailing commas) and checks its required top-level fields.</summary>
    public static JsonDocument Load(string path)
    {
        var document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        var root = document.RootElement;
        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        Assert.Equal(Version11, String(root, "version"));
        Assert.False(string.IsNullOrWhiteSpace(String(root, "title")), $"{path} has no title");
        Assert.Equal(JsonValueKind.Array, root.GetProperty("items").ValueKind);
        return document;
    }

    /// <summary>A string property that must be there.</summary>
    public static string String(JsonElement element, string name)
    {
        Assert.True(element.TryGetProperty(name, out var value), $"'{name}' is missing");
        Assert.Equal(JsonValueKind.String, value.ValueKind);
        return value.GetString()!;
    }

    public static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.GetString() : null;

    public static IReadOnlyList<JsonElement> Items(JsonDocument feed) => [.. feed.RootElement.GetProperty("items").EnumerateArray()];

    public static IReadOnlyList<string> Names(JsonElement element, string name) =>
        element.TryGetProperty(name, out var list) ? [.. list.EnumerateArray().Select(a => String(a, "name"))] : [];
}
