// Renders display formulas with Temml for the math gallery (tests/PaperDigest.Tests/Math/MathGalleryTests.cs).
// Usage: node math-gallery-temml.cjs FORMULAS.json  -> prints a JSON array of MathML strings, one per formula.
// Temml writes its own error markup for a formula it refuses (throwOnError: false), so every row has a rendering.
"use strict";
const fs = require("fs");
const temml = require("temml");

const formulas = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const rendered = formulas.map((tex) =>
  temml.renderToString(tex, { displayMode: true, annotate: true, throwOnError: false, trust: false }));
process.stdout.write(JSON.stringify(rendered));
