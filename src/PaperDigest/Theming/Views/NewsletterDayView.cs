namespace PaperDigest.Theming.Views;

/// <summary>A day of the weekly e-mail.</summary>
/// <param name="DateText">The day as shown, such as <c>Monday, 10 March 2025</c> (English).</param>
/// <param name="Papers">The papers of the day (never empty): featured first, then by title.</param>
internal sealed record NewsletterDayView(string DateText, IReadOnlyList<NewsletterItemView> Papers);
