"""Reads BibTeX files with Python's bibtexparser (1.x, Debian's python3-bibtexparser), as Python reference tools do,
and prints one JSON object: each file's path to the entries read from it, with LaTeX turned into Unicode, month
macros resolved and authors split into a list. Used by tests/PaperDigest.Tests/Citations/BibtexParserTests."""
import json
import sys

import bibtexparser
from bibtexparser.bparser import BibTexParser
from bibtexparser.customization import author, convert_to_unicode


def customize(record):
    record = convert_to_unicode(record)
    return author(record)


result = {}
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as stream:
        parser = BibTexParser(common_strings=True, customization=customize)
        result[path] = bibtexparser.load(stream, parser=parser).entries
json.dump(result, sys.stdout, ensure_ascii=False)
