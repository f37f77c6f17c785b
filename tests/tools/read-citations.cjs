// Reads BibTeX (.bib) and RIS (.ris) files with Citation.js, as a reference manager would, and prints one JSON
// object: each file's path to the CSL-JSON items Citation.js read from it. Used by the citation tests in
// tests/PaperDigest.Tests/Citations (CitationJsTests); install with: npm ci --prefix tests/tools
'use strict';
const fs = require('fs');
const { Cite } = require('@citation-js/core');
require('@citation-js/plugin-bibtex');
require('@citation-js/plugin-ris');

const result = {};
for (const path of process.argv.slice(2)) {
  const text = fs.readFileSync(path, 'utf8');
  const type = path.endsWith('.ris') ? '@ris/file' : '@biblatex/text';
  result[path] = new Cite(text, { forceType: type }).data.map(({ _graph, ...item }) => item);
}
process.stdout.write(JSON.stringify(result));
