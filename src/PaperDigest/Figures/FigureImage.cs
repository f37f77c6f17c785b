using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Incremental;

namespace PaperDigest.Figures;

/// <summary>
/// A figure whose file was found and read: its path in the input folder, the fingerprint of its bytes, and the
/// dimensions and type its header states. What is made of it (<see cref="FigureRenditions"/>) follows from these alone.
/// </summary>
/// <param name="Figure">The entry's figure.</param>
/// <param name="Source">The file in the input folder, at a path inside it such as <c>papers/2024/x/overview.png</c>.</param>
/// <param name="Content">The fingerprint of the file's bytes.</param>
/// <param name="Width">The image's width in pixels.</param>
/// <param name="Height">The image's height in pixels.</param>
/// <param name="Format">The file's image type.</param>
internal sealed record FigureImage(Figure Figure, SourcePath Source, Fingerprint Content, int Width, int Height, FigureFormat Format);
