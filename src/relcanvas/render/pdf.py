"""PDF output with WeasyPrint, which is imported here only, when a PDF is asked for.

Canvas text is untrusted: the HTML escapes it, and the URL fetcher below is the second
wall. It serves the package's own assets (the shipped fonts) under the ``relcanvas-asset:``
scheme and refuses every other URL (``file:``, ``http(s):``, ``data:`` included), so nothing
outside the package is ever read, fetched or attached, whatever a template or a canvas
contains.
"""

from __future__ import annotations

import logging
import warnings
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

ASSET_SCHEME = "relcanvas-asset:"


class RefusedURL(ValueError):
    """A URL the renderer will not fetch."""


def _fetcher_class() -> type[Any]:
    from weasyprint.urls import URLFetcher, URLFetcherResponse  # type: ignore[import-untyped]

    class PackageOnlyFetcher(URLFetcher):  # type: ignore[misc]
        """Serves ``relcanvas-asset:NAME`` from the package's assets; refuses the rest."""

        def __init__(self) -> None:
            super().__init__(allowed_protocols=(), allow_redirects=False, fail_on_errors=False)
            self.requested: list[str] = []

        def fetch(self, url: str, headers: Any = None) -> Any:
            self.requested.append(url)
            if url.startswith(ASSET_SCHEME):
                name = url.removeprefix(ASSET_SCHEME)
                assets = _package_assets()
                if name in assets:
                    data = assets[name].read_bytes()
                    return URLFetcherResponse(url, data, {"Content-Type": _media_type(name)})
            raise RefusedURL(f"relcanvas does not fetch {url[:80]!r}")

        def open(self, url: Any, data: Any = None, timeout: Any = None) -> Any:
            target = url.full_url if hasattr(url, "full_url") else str(url)
            return self.fetch(target)

    return PackageOnlyFetcher


def _package_assets() -> dict[str, Traversable]:
    """Every file of the package's assets, by its path there (``fonts/Lato-Bold.ttf``)."""
    found: dict[str, Traversable] = {}
    pending: list[tuple[str, Traversable]] = [("", resources.files("relcanvas.render") / "assets")]
    while pending:
        prefix, folder = pending.pop()
        for entry in folder.iterdir():
            if entry.is_file():
                found[prefix + entry.name] = entry
            elif entry.is_dir():
                pending.append((f"{prefix}{entry.name}/", entry))
    return found


MEDIA_TYPES = {".css": "text/css", ".svg": "image/svg+xml", ".ttf": "font/ttf"}


def _media_type(name: str) -> str:
    return MEDIA_TYPES.get(name[name.rfind(".") :], "application/octet-stream")


def new_fetcher() -> Any:
    """A fresh fetcher; its ``requested`` list records every URL WeasyPrint asked for."""
    return _fetcher_class()()


def render_document(html: str, fetcher: Any = None) -> Any:
    """Lay ``html`` out with WeasyPrint: the pages, not yet written."""
    logging.getLogger("weasyprint").addHandler(logging.NullHandler())
    logging.getLogger("weasyprint").propagate = False
    logging.getLogger("fontTools").propagate = False
    with warnings.catch_warnings():
        # A machine with no fonts at all is fine: the page names only the shipped ones.
        warnings.filterwarnings("ignore", message="No fonts configured", category=UserWarning)
        from weasyprint import HTML  # type: ignore[import-untyped]

        page = HTML(string=html, url_fetcher=fetcher or new_fetcher(), media_type="print")
        return page.render()


def anchor_pages(document: Any, prefix: str) -> dict[str, str]:
    """The page number (1-based, as text) where each anchor starting with ``prefix`` landed."""
    found: dict[str, str] = {}
    for number, page in enumerate(document.pages, start=1):
        for name in page.anchors:
            if name.startswith(prefix):
                found.setdefault(name, str(number))
    return found


def write_pdf(document: Any, *, title: str, authors: list[str], lang: str) -> bytes:
    """The PDF bytes of a laid-out document, with title, authors and language set."""
    document.metadata.title = title
    document.metadata.authors = list(authors)
    document.metadata.lang = lang
    document.metadata.attachments = []
    pdf: bytes = document.write_pdf(attachments=[], uncompressed_pdf=False)
    return pdf


def html_to_pdf(
    html: str, *, title: str, authors: list[str], lang: str, fetcher: Any = None
) -> bytes:
    """Lay out ``html`` and return the PDF bytes, with title, authors and language set."""
    document = render_document(html, fetcher)
    return write_pdf(document, title=title, authors=authors, lang=lang)
