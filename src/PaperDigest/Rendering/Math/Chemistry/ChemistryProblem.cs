namespace PaperDigest.Rendering.Math.Chemistry;

/// <summary>Why a <c>\ce</c> or <c>\pu</c> argument could not be read: its kind, the message, and the unknown command if one was named.</summary>
internal sealed record ChemistryProblem(TexProblemKind Kind, string Message, string? Name = null);
