namespace PaperDigest.Rendering.Math.Chemistry;

/// <summary>mhchem's parse buffer: the parts of the entity or arrow being read, before it is put out.</summary>
internal sealed class MhchemBuffer
{
    public string? A;
    public string? B;
    public string? P;
    public string? O;
    public string? Q;
    public string? D;
    public string? DType;
    public string? R;
    public string? Rdt;
    public string? Rd;
    public string? Rqt;
    public string? Rq;
    public string? Text;
    public string? Rm;
    public bool SpaceBefore;
    public bool BeginsWithBond;
    public int ParenthesisLevel;

    /// <summary>Forgets the entity; the bond and parenthesis state carry over within the formula.</summary>
    public void Clear()
    {
        A = B = P = O = Q = D = DType = R = Rdt = Rd = Rqt = Rq = Text = Rm = null;
        SpaceBefore = false;
    }
}
