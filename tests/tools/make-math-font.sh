#!/bin/sh
# Makes theme/assets/fonts/paperdigest-math.woff2, the font the theme sets MathML in, from Debian's copy of Latin Modern
# Math (apt-get install fonts-lmodern python3-fonttools python3-brotli). It keeps the code points below (Latin, Greek,
# combining marks, punctuation, letterlike symbols, arrows, operators, technical and geometric symbols, the math
# alphanumeric alphabets) with every glyph they reach through the MATH table (size variants and the parts of stretchy
# delimiters, radicals and arrows) and OpenType features (ssty, dtls); drops hinting; and renames the font, as the GUST
# Font License asks of a modified copy. Run from the repository's root.
set -eu
source=${1:-/usr/share/texmf/fonts/opentype/public/lm-math/latinmodern-math.otf}
out=theme/assets/fonts/paperdigest-math.woff2
unicodes="U+0020-007E,U+00A0-017F,U+0131,U+0237,U+02C6-02DD,U+0300-036F,U+0391-03F6,U+2000-206F,U+20D0-20FF,\
U+2100-214F,U+2190-21FF,U+2200-22FF,U+2300-23FF,U+25A0-25FF,U+2605-2606,U+2660-2667,U+266D-266F,U+27C0-27FF,\
U+2900-29FF,U+2A00-2AFF,U+2B00-2BFF,U+1D400-1D7FF"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
/usr/bin/python3 -m fontTools.subset "$source" --unicodes="$unicodes" --layout-features='*' --name-IDs='*' \
  --name-legacy --name-languages='*' --notdef-outline --no-hinting --output-file="$tmp/subset.otf"
/usr/bin/python3 - "$tmp/subset.otf" "$out" <<'PY'
import sys
from fontTools.ttLib import TTFont
font = TTFont(sys.argv[1])
names = font["name"]
family, postscript = "PaperDigest Math", "PaperDigestMath-Regular"
notice = ("Latin Modern Math 1.959 (GUST e-foundry: B. Jackowski, P. Strzelczyk, P. Pianowski), subset and converted "
          "to WOFF2 for PaperDigest by tests/tools/make-math-font.sh: only glyphs outside the kept code points were "
          "removed, and hinting; outlines, metrics and the MATH table are unchanged. Distributed under the GUST Font "
          "License (see LICENSE-LatinModernMath.txt beside this file). The unmodified font: "
          "https://www.gust.org.pl/projects/e-foundry/lm-math")
for record in list(names.names):
    if record.nameID in (1, 16):
        names.setName(family, record.nameID, record.platformID, record.platEncID, record.langID)
    elif record.nameID == 4:
        names.setName(family + " Regular", 4, record.platformID, record.platEncID, record.langID)
    elif record.nameID == 6:
        names.setName(postscript, 6, record.platformID, record.platEncID, record.langID)
    elif record.nameID in (3, 5):
        names.setName("Version 1.959; PaperDigest subset", record.nameID, record.platformID, record.platEncID, record.langID)
names.setName(notice, 10, 3, 1, 0x409)
names.setName(notice, 10, 1, 0, 0)
font["CFF "].cff.fontNames = [postscript]
font["CFF "].cff[postscript].FamilyName = family
font["CFF "].cff[postscript].FullName = family
font.flavor = "woff2"
font.save(sys.argv[2])
PY
ls -l "$out"
