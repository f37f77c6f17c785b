namespace PaperDigest.Content;

/// <summary>
/// Letters that Unicode decomposition leaves alone but readers type without their stroke or ligature
/// (ß → ss, ø → o, ł → l): shared by search, so "Lowen" finds "Löwen", and by citation keys.
/// </summary>
internal static class LetterFolding
{
    /// <summary>Letters with no decomposition that readers type without their stroke or ligature.</summary>
    public static string? Fold(int codePoint) => codePoint switch
    {
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'ł' => "l",
        'đ' => "d",
        'ð' => "d",
        'þ' => "th",
        'ı' => "i",
        'ħ' => "h",
        'ŧ' => "t",
        'ς' => "σ",
        _ => null,
    };
}
