namespace PaperDigest.Theming.Views;

/// <summary>One digest day on a listing page.</summary>
public sealed record DayView(string DateIso, string DateText, IReadOnlyList<PaperCardView> Papers);
