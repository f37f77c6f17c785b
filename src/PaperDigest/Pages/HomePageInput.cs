using PaperDigest.Indexing;

namespace PaperDigest.Pages;

/// <summary>What page <see cref="Number"/> of <see cref="Total"/> of the home listing is made from: its days, and how many papers the digest has.</summary>
internal sealed record HomePageInput(IReadOnlyList<DigestDay> Days, int Number, int Total, int PaperCount);
