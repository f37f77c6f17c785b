// Converts TeX to MathML with Temml (and its mhchem extension), for the math tests that compare PaperDigest's
// converter against it. Reads a JSON array of {"tex": "...", "display": true|false} from stdin and writes a JSON
// array of {"mathml": "..."} or {"error": "..."} in the same order: one process for a whole corpus.
// Usage: node temml-mathml.cjs [input.json] (stdin without an argument).
"use strict";
const fs = require("fs");
const temml = require("temml");

// mhchem.js is written for a page where temml is a global: run it with temml in scope.
const mhchem = fs.readFileSync(require.resolve("temml/contrib/mhchem/mhchem.js"), "utf8");
new Function("temml", mhchem)(temml);

// The JSON comes from the file named as the first argument, else from stdin.
const convert = input => {
  const results = JSON.parse(input).map(({ tex, display }) => {
    try {
      return { mathml: temml.renderToString(tex, { displayMode: !!display, throwOnError: true, strict: false }) };
    } catch (e) {
      return { error: String(e && e.message || e) };
    }
  });
  process.stdout.write(JSON.stringify(results));
};

if (process.argv[2]) {
  convert(fs.readFileSync(process.argv[2], "utf8"));
} else {
  let input = "";
  process.stdin.setEncoding("utf8");
  process.stdin.on("data", chunk => { input += chunk; });
  process.stdin.on("end", () => convert(input));
}
