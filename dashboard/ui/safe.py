"""Text from sources is data, never markup: escape it for Streamlit markdown; links only http(s)."""
from __future__ import annotations

import re
import textwrap
from urllib.parse import quote

from dashboard.data.sources import is_http_url

# Every ASCII punctuation mark can be backslash-escaped in CommonMark; escaping all of them also
# disarms Streamlit's own syntax (:material/icons:, :red[colour], $LaTeX$) and raw HTML.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&=\"'^%/])")


def escape_markdown(text: object) -> str:
    """Render any text literally in st.markdown / st.caption / labels: no HTML, no links, no markup."""
    flat = re.sub(r"[\r\n]+", " ", str(text))
    return _MARKDOWN_SPECIAL.sub(r"\\\1", flat)


def safe_href(url: str) -> str | None:
    """A URL usable inside a markdown link target, or None when it is not an absolute http(s) link."""
    if not isinstance(url, str) or not is_http_url(url):
        return None
    # Percent-encode what would end or break the markdown link target; keep the URL otherwise intact.
    return quote(url.strip(), safe=":/?#@!$&'*+,;=%-._~")


def md_link(label: object, url: str) -> str:
    """`[label](url)` with the label escaped; just the escaped label when the URL is not http(s)."""
    href = safe_href(url)
    text = escape_markdown(label)
    return f"[{text}]({href})" if href else text


def escape_plotly(text: object) -> str:
    """Plotly hover and label text accepts a little HTML (<b>, <a>); source text must not reach it as tags."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def wrapped_hover(text: object, width: int) -> str:
    """Source text for a hover box: wrapped at `width` visible characters, each line escaped, joined by <br>."""
    return "<br>".join(escape_plotly(line) for line in textwrap.wrap(str(text), width))
