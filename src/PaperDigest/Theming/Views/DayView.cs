namespace PaperDigest.Theming.Views;

/// <summary>One digest day on a listing page; <see cref="Url"/> is its day page.</summary>
public sealed record DayView(string DateIso, string DateText, string Url, IReadOnlyList<PaperCardView> Papers);
