namespace PaperDigest.Emitting;

/// <summary>The folders a build reads from; only the asset emitter touches them, to copy files as they are.</summary>
public sealed record BuildInputs(string InputRoot, string ThemeRoot);
