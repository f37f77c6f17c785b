using PaperDigest.Incremental;

namespace PaperDigest.Tests;

/// <summary>
/// The figures and social cards made by the test run's in-process builds that are not about making them, shared so
/// each is drawn and encoded once per run (see <see cref="MadeFileMemo"/>: looked up by the image's input compared by
/// value, the bytes the same as a fresh make). Drawing the sample's five figures and its cards is most of a clean build
/// of it (about 1.9 s of processor time of 2 s), which tests of incremental builds, output folders, authors, strict
/// links, compiled templates, page golden files, pagination or the browser tests' sample sites would otherwise repeat
/// in every build, and in every copy of the sample they build. DeterminismTests, the figure and social-card tests (the
/// sample site they share, SampleSiteFixture) and the command's processes make every file.
/// </summary>
internal static class SharedImages
{
    public static MadeFileMemo Memo { get; } = new();
}
