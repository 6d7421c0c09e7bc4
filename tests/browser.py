"""Drive headless Chromium (Debian's /usr/bin/chromium) through playwright, offline.

Used by the browser tests and the view benchmark. Every request that is not
``file://`` (or ``data:``/``blob:``/``about:``) is aborted and recorded, so a page that
tries to reach the network fails its test instead of quietly working online.
``window.alert``/``confirm``/``prompt`` are replaced before any page script runs, so an
injected script that calls them is recorded rather than blocking.

Never run ``playwright install``: we launch the system Chromium.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
_LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")

# Runs before the page's own scripts.
_HOOKS = """
window.__alerts = [];
window.alert = function (m) { window.__alerts.push(String(m)); };
window.confirm = function (m) { window.__alerts.push(String(m)); return false; };
window.prompt = function (m) { window.__alerts.push(String(m)); return null; };
"""

_HAS_NETWORK = "() => !!(window.coopkgView && window.coopkgView.network)"
_STABILIZED = "() => window.coopkgView.stabilized === true"

_CANVAS_INK = """
() => {
  const canvas = document.querySelector('#coopkg-network canvas');
  if (!canvas) { return -1; }
  const ctx = canvas.getContext('2d');
  const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  let ink = 0;
  for (let i = 3; i < data.length; i += 4) { if (data[i] !== 0) { ink++; } }
  return ink;
}
"""


def chromium_path() -> str | None:
    """The system Chromium, if installed."""
    env = os.environ.get("COOPKG_CHROMIUM")
    for candidate in (env, *CHROMIUM_CANDIDATES, shutil.which("chromium")):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


def unavailable_reason() -> str | None:
    """Why browser tests cannot run here, or ``None`` if they can."""
    if chromium_path() is None:
        return "Chromium not installed (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright not installed (pip install 'coopkg[test]')"
    return None


@dataclass
class PageReport:
    """What happened when a view page was opened."""

    node_count: int = -1
    edge_count: int = -1
    has_network: bool = False
    canvas_ink: int = -1
    stabilized: bool = False
    stabilize_ms: float | None = None
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    external_requests: list[str] = field(default_factory=list)
    alerts: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


def open_view(
    html_path: str | Path,
    *,
    timeout_ms: int = 60_000,
    screenshot: str | Path | None = None,
    viewport: tuple[int, int] = (1280, 800),
    evaluate: dict[str, str] | None = None,
) -> PageReport:
    """Open a view page offline, wait until the layout stabilised, and report.

    ``evaluate`` maps names to JavaScript expressions evaluated after stabilisation;
    their results land in ``PageReport.extra``.
    """
    from playwright.sync_api import sync_playwright

    report = PageReport()
    url = Path(html_path).resolve().as_uri()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(
                viewport={"width": viewport[0], "height": viewport[1]},
                service_workers="block",
            )

            def route(r: Any) -> None:
                if r.request.url.startswith(_LOCAL_SCHEMES):
                    r.continue_()
                else:
                    report.external_requests.append(r.request.url)
                    r.abort()

            context.route("**/*", route)
            page = context.new_page()
            page.add_init_script(_HOOKS)
            page.on(
                "console",
                lambda m: report.console_errors.append(m.text) if m.type == "error" else None,
            )
            page.on("pageerror", lambda e: report.page_errors.append(str(e)))
            page.goto(url, wait_until="load")
            report.has_network = bool(
                page.evaluate("() => !!(window.coopkgView && window.coopkgView.network)")
            )
            if report.has_network:
                page.wait_for_function(
                    "() => window.coopkgView.stabilized === true", timeout=timeout_ms
                )
                report.stabilized = True
                report.stabilize_ms = page.evaluate(
                    "() => window.coopkgView.stabilizedAt - window.coopkgView.startedAt"
                )
                report.node_count = page.evaluate("() => window.coopkgView.nodes.length")
                report.edge_count = page.evaluate("() => window.coopkgView.edges.length")
                page.wait_for_timeout(100)  # one redraw after physics stopped
                report.canvas_ink = page.evaluate(_CANVAS_INK)
            for name, expression in (evaluate or {}).items():
                report.extra[name] = page.evaluate(expression)
            if screenshot is not None:
                page.screenshot(path=str(screenshot))
            report.alerts = page.evaluate("() => window.__alerts")
        finally:
            browser.close()
    return report
