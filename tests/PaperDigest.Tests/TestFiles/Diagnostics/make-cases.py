#!/usr/bin/env python3
"""Writes the entry.md of every golden diagnostic case in this folder, byte for byte.

Some cases need exact bytes (a BOM, CRLF, invalid UTF-8, a NUL) that editors and git settings would
change, so the entries are made by this script rather than by hand. It never touches expected.txt:
after adding a case, run the tests with UPDATE_GOLDEN=1 to create it, then read it and make sure it
names the right line and column and says something an editor understands.

    python3 make-cases.py            # from tests/PaperDigest.Tests/TestFiles/Diagnostics
"""
import os, sys

root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

HEAD = "---\n"
TITLE = 'title: "Active Brownian Particles Near Walls"\n'
AUTHORS = "authors: [Ada Lovelace, Grace Hopper]\n"
DATE = "date: 2025-03-11\n"
TAGS = "tags: [active-matter, statistical-physics]\n"
END = "---\n"
BODY = "Self-propelled particles pile up at walls; the authors explain why.\n"

def entry(*lines, title=TITLE, authors=AUTHORS, date=DATE, tags=TAGS, body=BODY):
    parts = [HEAD]
    for part in (title, authors, date, tags):
        if part:
            parts.append(part)
    parts.extend(lines)
    parts.append(END)
    parts.append(body)
    return "".join(parts)

cases = {}

cases["valid-entry"] = (
    "---\n"
    'title: "Learning Energy-Based Models by Cooperative Diffusion Recovery Likelihood"\n'
    "authors: [Yaxuan Zhu, Jianwen Xie, Ying Nian Wu, Ruiqi Gao]\n"
    "date: 2025-03-11\n"
    "tags: [diffusion-models, transformers]\n"
    'arxiv: "2309.05153"\n'
    "doi: 10.48550/arXiv.2309.05153\n"
    "published: 2023-09-10\n"
    "venue: ICLR 2024\n"
    "tldr: One sentence shown on cards.\n"
    "links:\n"
    "  pdf: https://arxiv.org/pdf/2309.05153\n"
    "  code: https://github.com/AlvinZhuyx/CDRL\n"
    "  project: http://example.org/cdrl\n"
    "  data: https://example.org/data\n"
    "featured: true\n"
    "draft: false\n"
    "slug: cooperative-diffusion-recovery\n"
    "aliases: [/old/cdrl/, /2023/cdrl.html]\n"
    "---\n"
    "Energy-based models define a density only up to normalisation.\n")
cases["tag-misspelt"] = entry(tags="tags: [active-matter, difusion-models]\n")
cases["tag-unknown-far"] = entry(tags="tags: [quantum-gravity]\n")
cases["tag-listed-twice"] = entry(tags="tags: [active-matter, active-matter]\n")
cases["key-misspelt-titel"] = entry(title='titel: "Active Brownian Particles Near Walls"\n')
cases["key-unknown-far"] = entry("colour: blue\n")
cases["title-missing"] = entry(title=None)
cases["title-empty-quoted"] = entry(title='title: ""\n')
cases["title-no-value"] = entry(title="title:\n")
cases["title-a-list"] = entry(title="title: [Active, Brownian]\n")
cases["date-missing"] = entry(date=None)
cases["tags-missing"] = entry(tags=None)
cases["tags-empty-list"] = entry(tags="tags: []\n")
cases["tags-plain-string"] = entry(tags="tags: active-matter\n")
cases["tags-null-item"] = entry(tags="tags:\n  - active-matter\n  -\n")
cases["authors-plain-string"] = entry(authors="authors: Ada Lovelace\n")
cases["authors-empty-list"] = entry(authors="authors: []\n")
cases["authors-missing"] = entry(authors=None)
cases["authors-no-value"] = entry(authors="authors:\n")
cases["date-impossible"] = entry(date="date: 2025-02-30\n")
cases["date-wrong-shape"] = entry(date="date: 11/03/2025\n")
cases["date-with-time"] = entry(date="date: 2025-03-11T10:00:00Z\n")
cases["date-in-future"] = entry(date="date: 2025-06-02\n")
cases["date-today-is-fine"] = entry(date="date: 2025-06-01\n")
cases["published-wrong"] = entry("published: March 2023\n")
cases["arxiv-month-13"] = entry('arxiv: "2313.12345"\n')
cases["arxiv-garbage"] = entry("arxiv: abc\n")
cases["arxiv-with-version"] = entry('arxiv: "2309.05153v2"\n')
cases["arxiv-old-style"] = entry("arxiv: hep-th/9901001\n")
cases["arxiv-prefixed"] = entry("arxiv: arXiv:2309.05153\n")
cases["doi-bad"] = entry("doi: not-a-doi\n")
cases["doi-resolver-url"] = entry("doi: https://doi.org/10.1103/PhysRevE.108.014309\n")
cases["link-javascript"] = entry("links:\n  pdf: javascript:alert(1)\n")
cases["link-ftp"] = entry("links:\n  data: ftp://example.org/data.tar\n")
cases["link-relative"] = entry("links:\n  code: ../code/\n  project: /project/\n")
cases["links-unknown-key"] = entry("links:\n  github: https://github.com/x/y\n  cod: https://github.com/x/y\n")
cases["links-as-list"] = entry("links: [https://arxiv.org/pdf/2309.05153]\n")
cases["featured-yes"] = entry("featured: yes\n")
cases["draft-quoted-true"] = entry('draft: "true"\n')
cases["slug-dot-dot"] = entry("slug: a..b\n")
cases["slug-with-slash"] = entry("slug: papers/active\n")
cases["slug-upper-case"] = entry("slug: Active-Brownian\n")
cases["slug-absolute-path"] = entry("slug: /etc/passwd\n")
cases["alias-dot-dot"] = entry("aliases: [/old/../../etc/]\n")
cases["alias-no-leading-slash"] = entry("aliases: [old/path/]\n")
cases["alias-backslash"] = entry("aliases: ['\\old\\path']\n")
cases["alias-with-host"] = entry("aliases: ['//evil.example/x/']\n")
cases["key-with-newline"] = entry('"colo\\nur": blue\n')
cases["arxiv-fullwidth-digits"] = entry("arxiv: \uff12\uff13\uff10\uff19.\uff10\uff15\uff11\uff15\uff13\n")
cases["arxiv-old-style-arabic-digits"] = entry("arxiv: hep-th/\u0669\u0669\u0660\u0661\u0660\u0660\u0661\n")
cases["date-arabic-digits"] = entry(date="date: \u0662\u0660\u0662\u0665-\u0660\u0663-\u0661\u0661\n")
cases["no-front-matter"] = "# Active Brownian Particles Near Walls\n\nA write-up without front matter.\n"
cases["front-matter-unclosed"] = "---\n" + TITLE + AUTHORS + DATE + TAGS + BODY
cases["front-matter-empty"] = "---\n---\nOnly a body.\n"
cases["empty-file"] = ""
cases["only-whitespace"] = "  \n\n\t\n   \n"
cases["yaml-unclosed-bracket"] = entry(tags="tags: [active-matter, statistical-physics\n")
cases["yaml-unclosed-bracket-then-key"] = entry("venue: ICLR 2024\n", tags="tags: [active-matter, statistical-physics\n")
cases["yaml-unclosed-brace"] = entry("links: {pdf: https://example.org/a.pdf\n")
cases["yaml-unclosed-quote"] = entry(title='title: "Active Brownian Particles Near Walls\n')
cases["yaml-bad-indentation"] = entry("links:\n    pdf: https://example.org/a.pdf\n  code: https://example.org/code\n")
cases["yaml-tab-indentation"] = entry("links:\n\tpdf: https://example.org/a.pdf\n")
cases["yaml-billion-laughs"] = entry(
    'venue: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n'
    "tldr: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
    "slug: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n")
cases["yaml-deep-nesting"] = entry("venue: " + "[" * 200 + "x" + "]" * 200 + "\n")
cases["yaml-too-many-values"] = entry("tldr: [" + ", ".join(["x"] * 20001) + "]\n")
cases["yaml-duplicate-key"] = entry('title: "Active Brownian Particles, Again"\n')
cases["yaml-complex-key"] = entry("[a, b]: c\n")
cases["yaml-second-document"] = entry("--- # a second document\nvenue: ICLR\n")
cases["front-matter-a-list"] = "---\n- title: A list, not a mapping\n- date: 2025-03-11\n---\nBody.\n"
cases["front-matter-a-scalar"] = "---\njust some text\n---\nBody.\n"
cases["title-control-character-escaped"] = entry(title='title: "Active\\u0007Brownian Particles"\n')
cases["title-10000-characters"] = entry(title="title: " + "Long " * 2000 + "\n")
cases["several-errors"] = (
    "---\n"
    "titel: Active Brownian Particles Near Walls\n"
    "authors: Ada Lovelace\n"
    "date: 2025-02-30\n"
    "tags: [active-matter, difusion-models]\n"
    'arxiv: "2313.12345"\n'
    "doi: 10.1/x\n"
    "links:\n"
    "  pdf: javascript:alert(1)\n"
    "featured: yes\n"
    "slug: Active..Walls\n"
    "aliases: [old/path/]\n"
    "---\n"
    "Body.\n")

bytes_cases = {}
bytes_cases["bom-crlf-valid"] = ("\ufeff" + entry().replace("\n", "\r\n")).encode("utf-8")
bytes_cases["crlf-error-position"] = entry(date="date: 2025-02-30\n").replace("\n", "\r\n").encode("utf-8")
bytes_cases["invalid-utf8-line-3"] = entry().encode("utf-8").replace(b"Ada Lovelace", b"Ada Lovel\xe1ce", 1)
bytes_cases["invalid-utf8-after-accents"] = entry(authors="authors: [J\u00fcrgen M\u00fcller, Zo\u00eb X]\n").encode("utf-8").replace(b"Zo\xc3\xab X", b"Zo\xc3\xab \xff", 1)
bytes_cases["invalid-utf8-with-bom"] = b"\xef\xbb\xbf" + entry().encode("utf-8").replace(b"Grace", b"Gr\xc0ce", 1)
bytes_cases["nul-byte"] = entry().encode("utf-8").replace(b"2025-03-11", b"2025-03\x0011", 1)
bytes_cases["title-control-character-raw"] = entry(title="title: Active\x07Brownian Particles\n").encode("utf-8")
bytes_cases["nfd-title-valid"] = entry(title="title: Phase separation a\u0300 la Cahn\n").encode("utf-8")

os.makedirs(root, exist_ok=True)
for name, text in cases.items():
    bytes_cases[name] = text.encode("utf-8")
for name, data in sorted(bytes_cases.items()):
    folder = os.path.join(root, name)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "entry.md"), "wb") as f:
        f.write(data)
print(len(bytes_cases), "cases")
