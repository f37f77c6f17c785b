using System.Collections.Frozen;

namespace PaperDigest.Rendering.Math;

/// <summary>
/// Commands written in terms of others: aliases (<c>\R</c>, <c>\larr</c>), braket, the physics package's shorthands
/// (<c>\abs</c>, <c>\dv</c>, <c>\qty</c>) and a few AMS names. One per line: name, argument count, body.
/// </summary>
internal static class TexMacros
{
    private const string Table = """
        Bbbk 0 \mathbb{k}
        Complex 0 \mathbb{C}
        cnums 0 \mathbb{C}
        N 0 \mathbb{N}
        natnums 0 \mathbb{N}
        R 0 \mathbb{R}
        Reals 0 \mathbb{R}
        reals 0 \mathbb{R}
        Z 0 \mathbb{Z}
        Dagger 0 \ddagger
        Darr 0 \Downarrow
        dArr 0 \Downarrow
        darr 0 \downarrow
        Harr 0 \Leftrightarrow
        hArr 0 \Leftrightarrow
        Lrarr 0 \Leftrightarrow
        lrArr 0 \Leftrightarrow
        harr 0 \leftrightarrow
        lrarr 0 \leftrightarrow
        Larr 0 \Leftarrow
        lArr 0 \Leftarrow
        larr 0 \leftarrow
        Rarr 0 \Rightarrow
        rArr 0 \Rightarrow
        rarr 0 \rightarrow
        Uarr 0 \Uparrow
        uArr 0 \Uparrow
        uarr 0 \uparrow
        alef 0 \aleph
        alefsym 0 \aleph
        bull 0 \bullet
        clubs 0 \clubsuit
        diamonds 0 \diamondsuit
        hearts 0 \heartsuit
        spades 0 \spadesuit
        empty 0 \emptyset
        exist 0 \exists
        image 0 \Im
        real 0 \Re
        infin 0 \infty
        isin 0 \in
        lang 0 \langle
        rang 0 \rangle
        plusmn 0 \pm
        sdot 0 \cdot
        sect 0 \S
        sub 0 \subset
        sube 0 \subseteq
        supe 0 \supseteq
        thetasym 0 \vartheta
        weierp 0 \wp
        dotsm 0 \cdots
        dotsi 0 \!\cdots
        dotsx 0 \ldots\,
        DOTSB 0 {}
        DOTSI 0 {}
        DOTSX 0 {}
        AA 0 \mathring{\mathrm{A}}
        aa 0 \mathring{\mathrm{a}}
        Colonapprox 0 \mathrel{∷≈}
        Coloneq 0 \mathrel{∷−}
        Colonsim 0 \mathrel{∷∼}
        Eqcolon 0 \mathrel{−∷}
        Eqqcolon 0 \mathrel{=∷}
        colonapprox 0 \mathrel{∶≈}
        coloneq 0 \mathrel{∶−}
        colonsim 0 \mathrel{∶∼}
        coloncolon 0 \dblcolon
        coloncolonapprox 0 \Colonapprox
        coloncolonequals 0 \Coloneqq
        coloncolonminus 0 \Coloneq
        coloncolonsim 0 \Colonsim
        colonequals 0 \coloneqq
        colonminus 0 \coloneq
        equalscolon 0 \eqqcolon
        equalscoloncolon 0 \Eqqcolon
        minuscolon 0 \eqcolon
        minuscoloncolon 0 \Eqcolon
        ratio 0 \mathrel{∶}
        vcentcolon 0 \mathrel{∶}
        ordinarycolon 0 \mathord{∶}
        invamp 0 \mathbin{⅋}
        parr 0 \mathbin{⅋}
        upand 0 \mathbin{⅋}
        multimapboth 0 \mathrel{⧟}
        multimapinv 0 \mathrel{⟜}
        leftmodels 0 \mathrel{⫤}
        with 0 \mathbin{\&}
        centerdot 0 \mathbin{\cdotp}
        PV 0 \operatorname{P.V.}
        Res 0 \operatorname{Res}
        Tr 0 \operatorname{Tr}
        tr 0 \operatorname{tr}
        rank 0 \operatorname{rank}
        erf 0 \operatorname{erf}
        injlim 0 \operatorname*{inj\,lim}
        projlim 0 \operatorname*{proj\,lim}
        plim 0 \operatorname*{plim}
        varliminf 0 \mathop{\underline{\mathrm{lim}}}
        varlimsup 0 \mathop{\overline{\mathrm{lim}}}
        varinjlim 0 \mathop{\underrightarrow{\mathrm{lim}}}
        varprojlim 0 \mathop{\underleftarrow{\mathrm{lim}}}
        TeX 0 \mathrm{T\kern-.1667em\raisebox{-.5ex}{E}\kern-.125em X}
        LaTeX 0 \mathrm{L\kern-.35em\raise.2em{\scriptstyle A}\kern-.15em T\kern-.1667em\raisebox{-.5ex}{E}\kern-.125em X}
        abs 1 \left\vert #1\right\vert
        absolutevalue 1 \left\vert #1\right\vert
        vqty 1 \left\vert #1\right\vert
        norm 1 \left\Vert #1\right\Vert
        Bqty 1 \left\{#1\right\}
        qty 1 \left\{#1\right\}
        quantity 1 \left\{#1\right\}
        bqty 1 \left[#1\right]
        pqty 1 \left(#1\right)
        comm 2 \left[#1,#2\right]
        commutator 2 \left[#1,#2\right]
        acomm 2 \left\{#1,#2\right\}
        anticommutator 2 \left\{#1,#2\right\}
        pb 2 \left\{#1,#2\right\}
        poissonbracket 2 \left\{#1,#2\right\}
        dd 0 {\text{d}}
        differential 0 {\text{d}}
        dv 2 \frac{\text{d}{#1}}{\text{d}{#2}}
        derivative 2 \frac{\text{d}{#1}}{\text{d}{#2}}
        odv 2 \frac{\text{d}{#1}}{\text{d}{#2}}
        fdv 2 \frac{\delta{#1}}{\delta{#2}}
        functionalderivative 2 \frac{\delta{#1}}{\delta{#2}}
        pdv 2 \frac{\partial{#1}}{\partial{#2}}
        partialderivative 2 \frac{\partial{#1}}{\partial{#2}}
        dyad 2 \left\vert{#1}\right\rangle\left\langle{#2}\right\vert
        ketbra 2 \left\vert{#1}\right\rangle\left\langle{#2}\right\vert
        op 2 \left\vert{#1}\right\rangle\left\langle{#2}\right\vert
        outerproduct 2 \left\vert{#1}\right\rangle\left\langle{#2}\right\vert
        ev 1 \left\langle{#1}\right\rangle
        expval 1 \left\langle{#1}\right\rangle
        expectationvalue 1 \left\langle{#1}\right\rangle
        eval 1 \left.#1\right\vert
        evaluated 1 \left.#1\right\vert
        innerproduct 2 \left\langle{#1}\mid{#2}\right\rangle
        matrixel 3 \left\langle{#1}\right\vert{#2}\left\vert{#3}\right\rangle
        matrixelement 3 \left\langle{#1}\right\vert{#2}\left\vert{#3}\right\rangle
        mel 3 \left\langle{#1}\right\vert{#2}\left\vert{#3}\right\rangle
        order 1 \mathcal{O}\left(#1\right)
        pv 0 \mathcal{P}
        principalvalue 0 \mathcal{P}
        grad 0 \boldsymbol{\nabla}
        gradient 0 \boldsymbol{\nabla}
        vdot 0 \boldsymbol{\cdot}
        cross 0 \mathbin{\boldsymbol{\times}}
        cp 0 \mathbin{\boldsymbol{\times}}
        crossproduct 0 \mathbin{\boldsymbol{\times}}
        dotproduct 0 \mathbin{\boldsymbol{\cdot}}
        curl 0 {\boldsymbol{\nabla}\mathbin{\boldsymbol{\times}}}
        divergence 0 {\boldsymbol{\nabla}\boldsymbol{\cdot}}
        laplacian 0 \nabla^2
        va 1 \vec{\boldsymbol{#1}}
        vectorarrow 1 \vec{\boldsymbol{#1}}
        vb 1 \boldsymbol{#1}
        vectorbold 1 \boldsymbol{#1}
        vu 1 \boldsymbol{\hat{#1}}
        vectorunit 1 \boldsymbol{\hat{#1}}
        var 0 \delta
        variation 0 \delta
        qq 1 \quad\text{#1}\quad
        qqtext 1 \quad\text{#1}\quad
        qc 0 \text{,}\quad
        qcomma 0 \text{,}\quad
        bra 1 \mathinner{\langle{#1}\vert}
        ket 1 \mathinner{\vert{#1}\rangle}
        braket 1 \mathinner{\langle{#1}\rangle}
        Bra 1 \left\langle #1\right\vert
        Ket 1 \left\vert #1\right\rangle
        substack 1 \begin{subarray}{c}#1\end{subarray}
        mathstrut 0 \vphantom{(}
        surd 0 \sqrt{\vphantom{|}}
        underbar 1 \underline{\text{#1}}
        idotsint 0 \int\!\cdots\!\int
        enskip 0 \hskip0.5em
        newline 0 \\
        pod 1 \mkern8mu(#1)
        prescript 3 {}_{#1}^{#2}{#3}
        lq 0 ‘
        rq 0 ’
        """;

    public static FrozenDictionary<string, TexMacro> All { get; } = Build();

    private static FrozenDictionary<string, TexMacro> Build()
    {
        var map = new Dictionary<string, TexMacro>(StringComparer.Ordinal);
        foreach (var line in Table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(' ', 3);
            map.Add(parts[0], new TexMacro(parts[1][0] - '0', parts[2]));
        }

        foreach (var word in "all and as assume else even for given if in integer let odd or otherwise since then unless using".Split(' '))
        {
            map.Add("q" + word, new TexMacro(0, $$"""\quad\text{{{word}}}\quad"""));
        }

        foreach (var letter in "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega".Split(' '))
        {
            map.Add("up" + letter, new TexMacro(0, $"\\mathrm{{\\{letter}}}"));
        }

        map.Add("qcc", new TexMacro(0, @"\quad\text{c.c.}\quad"));
        map.Add("set", new TexMacro(1, @"\{#1\}", Bar: @"\mid "));
        map.Add("Set", new TexMacro(1, @"\left\{#1\right\}", Bar: @"\;\middle\vert\;"));
        map.Add("Braket", new TexMacro(1, @"\left\langle #1\right\rangle", Bar: @"\,\middle\vert\,", EveryBar: true));
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
