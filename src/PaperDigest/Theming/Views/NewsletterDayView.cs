namespace PaperDigest.Theming.Views;

public sealed record NewsletterDayView(string DateText, IReadOnlyList<NewsletterItemView> Papers);
