namespace PaperDigest.Rendering.Math;

/// <summary>
/// The long tail of symbol commands (AMS and STIX relations, arrows, binary operators, letter-like symbols), as
/// "name character kind" triples: i identifier, o ordinary symbol, b binary, r relation, ( opening, ) closing,
/// p punctuation, n inner, S big operator with limits, L integral-like big operator. Added to <see cref="TexSymbols.Commands"/> where it has no entry yet.
/// </summary>
internal static class TexSymbolTable
{
    private const string Entries = """
        AE Æ i  And & b  Angstrom Å i  Bot ⫫ i  Bumpeq ≎ r  Cap ⋒ b
        Coloneqq ⩴ r  Coppa Ϙ i  Cup ⋓ b  DH Ð i  DJ Đ i  Diamond ◊ i
        Doteq ≑ r  Downarrow ⇓ r  Earth ⊕ i  Finv Ⅎ i  Game ⅁ i  Join ⋈ b
        Koppa Ϟ i  L Ł i  Lleftarrow ⇚ r  Lsh ↰ r  NG Ŋ i  Nand ⊼ b
        Nor ⊽ b  O Ø i  OE Œ i  Otimes ⨷ b  P ¶ i  Perp ⫫ r
        QED ∎ i  Rrightarrow ⇛ r  Rsh ↱ r  S § i  Sampi Ϡ i  Sqcap ⩎ b
        Sqcup ⩏ b  Stigma Ϛ i  Subset ⋐ r  Supset ⋑ r  TH Þ i  Uparrow ⇑ r
        Updownarrow ⇕ r  VDash ⊫ r  Vdash ⊩ r  Vee ⩔ b  Vvdash ⊪ r  Wedge ⩓ b
        Xor ⊻ b  ae æ i  approxeq ≊ r  arceq ≘ r  astrosun ☉ i  backcong ≌ r
        backdprime ‶ o  backepsilon ∍ r  backprime ‵ o  backsim ∽ r  backsimeq ⋍ r  backtrprime ‷ o
        ballotx ✗ i  barcap ⩃ b  barcup ⩂ b  barvee ⊽ b  barwedge ⊼ b  because ∵ r
        beth ℶ i  between ≬ r  bigcirc ◯ b  bigcupdot ⨃ S  bigcupplus ⨄ S  bigdoublevee ⨇ S
        bigdoublewedge ⨈ S  bigsqcap ⨅ S  bigstar ★ i  bigtimes ⨉ S  bigtriangledown ▽ b  bigtriangleup △ b
        blackhourglass ⧗ b  blacklozenge ⧫ i  blacksquare ■ i  blacktriangle ▲ i  blacktriangledown ▼ i  blacktriangleleft ◀ r
        blacktriangleright ▶ r  bowtie ⋈ b  boxast ⧆ b  boxbox ⧈ b  boxcircle ⧇ b  boxdot ⊡ b
        boxminus ⊟ b  boxplus ⊞ b  boxslash ⧄ b  boxtimes ⊠ b  bumpeq ≏ r  capbarcup ⩈ b
        capdot ⩀ b  capovercup ⩇ b  cdotp · p  cent ¢ i  circeq ≗ r  circlearrowleft ↺ r
        circlearrowright ↻ r  circledR ® i  circledS Ⓢ i  circledast ⊛ b  circledcirc ⊚ b  circleddash ⊝ b
        circledequal ⊜ b  circledparallel ⦷ b  circledvert ⦶ b  circlehbar ⦵ b  closedvarcap ⩍ b  closedvarcup ⩌ b
        clubsuit ♣ i  complement ∁ i  concavediamond ⟡ b  concavediamondtickleft ⟢ b  concavediamondtickright ⟣ b  coppa ϙ i
        copyright © i  cupovercap ⩆ b  curlyeqprec ⋞ r  curlyeqsucc ⋟ r  curlyvee ⋎ b  curlywedge ⋏ b
        curvearrowleft ↶ r  curvearrowright ↷ r  dag † i  daleth ℸ i  dashleftarrow ⇠ r  dashrightarrow ⇢ r
        dashv ⊣ r  dblcolon ∷ r  ddag ‡ i  dh ð i  diagdown ╲ i  diagup ╱ i
        diameter ⌀ i  diamondsuit ♢ i  divideontimes ⋇ b  dj đ i  doteqdot ≑ r  dotminus ∸ b
        dotplus ∔ b  doublebarvee ⩢ b  doublebarwedge ⩞ b  doublecap ⋒ b  doublecup ⋓ b  downdownarrows ⇊ r
        downharpoonleft ⇃ r  downharpoonright ⇂ r  dprime ″ o  eqcirc ≖ r  eqcolon ∹ r  eqdef ≝ r
        eqeq ⩵ r  eqeqeq ⩶ r  eqqcolon ≕ r  eqsim ≂ r  eqslantgtr ⪖ r  eqslantless ⪕ r
        equal = r  eth ð i  euro € i  fallingdotseq ≒ r  female ♀ i  fint ⨏ L
        flat ♭ i  frown ⌢ r  fullouterjoin ⟗ b  geqq ≧ r  ggg ⋙ r  gggtr ⋙ r
        gimel ℷ i  gnapprox ⪊ r  gneq ⪈ r  gneqq ≩ r  gnsim ⋧ r  gt > r
        gtrapprox ⪆ r  gtrdot ⋗ b  gtreqless ⋛ r  gtreqqless ⪌ r  gtrless ≷ r  gvertneqq ≩︀ r
        heartsuit ♡ i  hookleftarrow ↩ r  hookrightarrow ↪ r  hourglass ⧖ b  iddots ⋰ n  iiiint ⨌ L
        imageof ⊷ r  intBar ⨎ L  intbar ⨍ L  intcap ⨙ L  intclockwise ∱ L  intcup ⨚ L
        intercal ⊺ b  interleave ⫴ b  intlarhk ⨗ L  intop ∫ L  intx ⨘ L  invlazys ∾ b
        koppa ϟ i  l Ł i  lAngle ⟪ (  lBrace ⦃ (  lbrack [ (  ldotp . p
        leftarrowtail ↢ r  leftharpoondown ↽ r  leftharpoonup ↼ r  leftleftarrows ⇇ r  leftmoon ☾ i  leftouterjoin ⟕ b
        leftrightarrows ⇆ r  leftrightharpoons ⇋ r  leftrightsquigarrow ↭ r  leftthreetimes ⋋ b  leqq ≦ r  lessapprox ⪅ r
        lessdot ⋖ b  lesseqgtr ⋚ r  lesseqqgtr ⪋ r  lessgtr ≶ r  lgroup ⟮ (  lhd ⊲ b
        lightning ↯ i  llangle ⦉ (  llbracket ⟦ (  llcorner ⌞ (  lll ⋘ r  llless ⋘ r
        llparenthesis ⦇ (  lmoustache ⎰ (  lnapprox ⪉ r  lneq ⪇ r  lneqq ≨ r  lnsim ⋦ r
        longleftrightarrow ⟷ r  looparrowleft ↫ r  looparrowright ↬ r  lozenge ◊ i  lozengeminus ⟠ b  lparen ( (
        lrcorner ⌟ )  lt < r  ltimes ⋉ b  lvertneqq ≨︀ r  male ♂ i  maltese ✠ i
        mapsfrom ↤ r  mathellipsis … n  mathsterling £ i  measeq ≞ r  measuredangle ∡ i  mho ℧ i
        minusdot ⨪ b  minusfdots ⨫ b  minusrdots ⨬ b  multimap ⊸ r  nLeftarrow ⇍ r  nLeftrightarrow ⇎ r
        nRightarrow ⇏ r  nVDash ⊯ r  nVdash ⊮ r  natural ♮ i  ncong ≆ r  nearrow ↗ r
        ng ŋ i  ngeq ≱ r  ngeqq ≱ r  ngeqslant ≱ r  ngtr ≯ r  nleftarrow ↚ r
        nleftrightarrow ↮ r  nleq ≰ r  nleqq ≰ r  nleqslant ≰ r  nless ≮ r  notni ∌ r
        nparallel ∦ r  nprec ⊀ r  npreceq ⋠ r  nrightarrow ↛ r  nshortmid ∤ r  nshortparallel ∦ r
        nsim ≁ r  nsubset ⊄ r  nsubseteq ⊈ r  nsubseteqq ⊈ r  nsucc ⊁ r  nsucceq ⋡ r
        nsupset ⊅ r  nsupseteq ⊉ r  nsupseteqq ⊉ r  ntriangleleft ⋪ r  ntrianglelefteq ⋬ r  ntriangleright ⋫ r
        ntrianglerighteq ⋭ r  nvDash ⊭ r  nvdash ⊬ r  nwarrow ↖ r  o ø i  obar ⌽ b
        obslash ⦸ b  oc ! i  odiv ⨸ b  oe œ i  ogreaterthan ⧁ b  oiiint ∰ L
        olessthan ⧀ b  operp ⦹ b  origof ⊶ r  otimeshat ⨶ b  permil ‰ i  pitchfork ⋔ r
        pointint ⨕ L  pounds £ i  precapprox ⪷ r  preccurlyeq ≼ r  precnapprox ⪹ r  precneqq ⪵ r
        precnsim ⋨ r  precsim ≾ r  qprime ⁗ o  questeq ≟ r  rAngle ⟫ )  rBrace ⦄ )
        rbrack ] )  restriction ↾ r  rgroup ⟯ )  rhd ⊳ b  rightarrowtail ↣ r  rightharpoondown ⇁ r
        rightharpoonup ⇀ r  rightleftarrows ⇄ r  rightmoon ☽ i  rightouterjoin ⟖ b  rightrightarrows ⇉ r  rightsquigarrow ⇝ r
        rightthreetimes ⋌ b  risingdotseq ≓ r  rmoustache ⎱ )  rparen ) )  rppolint ⨒ L  rrangle ⦊ )
        rrbracket ⟧ )  rrparenthesis ⦈ )  rtimes ⋊ b  sampi ϡ i  scpolint ⨓ L  searrow ↘ r
        sharp ♯ i  shift ↕ i  shneg ↑ i  shortmid ∣ r  shortparallel ∥ r  shpos ↓ i
        shuffle ⧢ b  smallfrown ⌢ r  smallint ∫ L  smallsetminus ∖ b  smallsmile ⌣ r  smashtimes ⨳ b
        smile ⌣ r  smiley ☺ i  spadesuit ♠ i  sphericalangle ∢ i  sqint ⨖ L  sqsubset ⊏ r
        sqsubseteq ⊑ r  sqsupset ⊐ r  sqsupseteq ⊒ r  ss ß i  sslash ⫽ b  stareq ≛ r
        stigma ϛ i  strictfi ⥼ r  strictif ⥽ r  subseteqq ⫅ r  subsetneqq ⫋ r  succapprox ⪸ r
        succcurlyeq ≽ r  succnapprox ⪺ r  succneqq ⪶ r  succnsim ⋩ r  succsim ≿ r  sun ☼ i
        supseteqq ⫆ r  supsetneq ⊋ r  supsetneqq ⫌ r  swarrow ↙ r  th þ o  therefore ∴ r
        thickapprox ≈ r  thicksim ∼ r  threedotcolon ⫶ b  triangledown ▽ i  triangleleft ◃ b  trianglelefteq ⊴ r
        triangleminus ⨺ b  triangleplus ⨹ b  triangleright ▹ b  trianglerighteq ⊵ r  triangletimes ⨻ b  trprime ‴ o
        twocaps ⩋ b  twocups ⩊ b  twoheadleftarrow ↞ r  twoheadrightarrow ↠ r  typecolon ⦂ b  ulcorner ⌜ (
        unlhd ⊴ b  unrhd ⊵ b  updownarrow ↕ r  upharpoonleft ↿ r  upharpoonright ↾ r  upuparrows ⇈ r
        urcorner ⌝ )  vDash ⊨ r  varDelta 𝛥 i  varGamma 𝛤 i  varLambda 𝛬 i  varOmega 𝛺 i
        varPhi 𝛷 i  varPi 𝛱 i  varPsi 𝛹 i  varSigma 𝛴 i  varTheta 𝛩 i  varUpsilon 𝛶 i
        varXi 𝛯 i  varclubsuit ♧ i  varcoppa ϙ i  vardiamondsuit ♦ i  varheartsuit ♥ i  varointclockwise ∲ L
        varpropto ∝ r  varspadesuit ♤ i  varsubsetneq ⊊︀ r  varsubsetneqq ⫋︀ r  varsupsetneq ⊋ r  varsupsetneqq ⫌︀ r
        vartriangle △ r  vartriangleleft ⊲ r  vartriangleright ⊳ r  varvdots ⋮ i  veebar ⊻ b  veedot ⟇ b
        veedoublebar ⩣ b  veeeq ≚ r  veeonvee ⩖ b  wedgebar ⩟ b  wedgedot ⟑ b  wedgedoublebar ⩠ b
        wedgeonwedge ⩕ b  wedgeq ≙ r  whitesquaretickleft ⟤ b  whitesquaretickright ⟥ b  wn ? i  yen ¥ i
        """;

    public static void AddTo(Dictionary<string, MathToken> map)
    {
        var words = Entries.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 2 < words.Length; i += 3)
        {
            var (text, kind) = (words[i + 1], words[i + 2]);
            var token = kind switch
            {
                "i" => new MathToken(MathTokenKind.Identifier, text, AtomClass.Ord),
                "o" => new MathToken(MathTokenKind.Operator, text, AtomClass.Ord) { Stretchy = false, LeftSpace = "0em", RightSpace = "0em" },
                "b" => new MathToken(MathTokenKind.Operator, text, AtomClass.Bin),
                "r" => new MathToken(MathTokenKind.Operator, text, AtomClass.Rel),
                "(" => new MathToken(MathTokenKind.Operator, text, AtomClass.Open) { Stretchy = false },
                ")" => new MathToken(MathTokenKind.Operator, text, AtomClass.Close) { Stretchy = false },
                "p" => new MathToken(MathTokenKind.Operator, text, AtomClass.Punct),
                "n" => new MathToken(MathTokenKind.Operator, text, AtomClass.Inner),
                _ => new MathToken(MathTokenKind.Operator, text, AtomClass.Op) { Limits = kind == "S" },
            };
            map.TryAdd(words[i], token);
        }
    }
}
