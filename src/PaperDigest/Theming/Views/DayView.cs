namespace PaperDigest.Theming.Views;

/// <summary>One digest day on a listing page; <see cref="Url"/> is its day page.</summary>
/// <param name="DateIso">The day as <c>YYYY-MM-DD</c>, for a <c>&lt;time datetime&gt;</c> attribute.</param>
/// <param name="DateText">The day as shown, such as <c>Monday, 10 March 2025</c> (English).</param>
/// <param name="Url">Link to the day's page (<c>/days/YYYY-MM-DD/</c>, base path included).</param>
/// <param name="Papers">The papers of the day (never empty): featured first, then by title.</param>
internal sealed record DayView(string DateIso, string DateText, string Url, IReadOnlyList<PaperCardView> Papers);
