"""Draws the preview a chat or social app shows when a link to a built page is shared, from the page's OpenGraph and
Twitter tags alone (title, description, site name, image), and screenshots it with headless Chromium. For looking at
shared links by eye; the tests check the tags and images themselves (Figures/SocialImageTests).

    python3 tests/tools/link-preview.py OUTPUT_DIR OUT.png /papers/2010.09990/ /tags/<slug>/ ...
"""
import html
import html.parser
import os
import subprocess
import sys
import tempfile
from urllib.parse import urlparse


class MetaReader(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        key = a.get("property") or a.get("name")
        if tag == "meta" and key and "content" in a:
            self.tags.setdefault(key, a["content"])


def card(output, page):
    reader = MetaReader()
    with open(os.path.join(output, page.strip("/"), "index.html"), encoding="utf-8") as f:
        reader.feed(f.read())
    t = reader.tags
    image = t.get("og:image")
    local = os.path.join(output, urlparse(image).path.lstrip("/")) if image else None
    if local and not os.path.exists(local):
        sys.exit(f"{page}: og:image {image} is not in {output}")
    host = urlparse(t.get("og:url", "")).hostname or ""
    img = f'<img src="file://{html.escape(local)}" alt="">' if local else ""
    return (f'<figure class="card">{img}<figcaption><small>{html.escape(host)}</small>'
            f'<b>{html.escape(t.get("og:title", "(no og:title)"))}</b>'
            f'<span>{html.escape(t.get("og:description", ""))}</span>'
            f'<small>{html.escape(t.get("og:site_name", ""))} · {html.escape(page)}</small></figcaption></figure>')


def main():
    output, png, pages = sys.argv[1], sys.argv[2], sys.argv[3:]
    style = ("body{font:15px system-ui,sans-serif;background:#eef1f4;margin:16px;display:flex;flex-wrap:wrap;gap:16px}"
             ".card{margin:0;width:500px;background:#fff;border:1px solid #cfd6dd;border-radius:12px;overflow:hidden}"
             ".card img{display:block;width:100%;aspect-ratio:1200/630}"
             "figcaption{display:flex;flex-direction:column;gap:4px;padding:10px 12px}small{color:#5b6670}")
    doc = f"<!doctype html><meta charset=utf-8><style>{style}</style>" + "".join(card(output, p) for p in pages)
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False, encoding="utf-8") as f:
        f.write(doc)
    height = 60 + 430 * ((len(pages) + 1) // 2)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--hide-scrollbars", "--allow-file-access-from-files",
                    f"--screenshot={os.path.abspath(png)}", f"--window-size=1060,{height}", "file://" + f.name],
                   check=True, stderr=subprocess.DEVNULL)


main()
