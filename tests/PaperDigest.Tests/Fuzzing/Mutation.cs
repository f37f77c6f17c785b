namespace PaperDigest.Tests.Fuzzing;

/// <summary>A mutated input and the steps that made it, for the failure message.</summary>
internal sealed record Mutation(byte[] Input, IReadOnlyList<string> Steps);
