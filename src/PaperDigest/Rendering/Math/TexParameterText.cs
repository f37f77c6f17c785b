namespace PaperDigest.Rendering.Math;

/// <summary>
/// The parameter text of a <c>\def</c> with delimited parameters (<c>\def\p(#1,#2){…}</c>): the tokens that must
/// follow the macro's name before its first argument, and for each parameter the tokens that end its argument (none
/// for an undelimited one, which takes one token or braced group). Spaces are left out of both.
/// </summary>
internal sealed record TexParameterText(IReadOnlyList<TexToken> Prefix, IReadOnlyList<IReadOnlyList<TexToken>> Delimiters);
