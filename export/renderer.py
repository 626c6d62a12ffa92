"""Server-side image rendering with kaleido: one warm Chromium per process, one call at a time.

Measured traps this design avoids (STACK.md §2.7, Part B §3):
- kaleido's global sync server hands images to the wrong caller under concurrency, so every
  call here goes through one lock;
- a browser started before gunicorn forks hangs the workers, so the browser is started
  lazily, on the first export in each process (the pid is checked on every call);
- MathJax would load from a CDN, so it is off;
- a dead or hung browser must not hang the worker: every call has a timeout, and a failed
  call closes the browser so that the next one starts a fresh one (each export retries once
  on a fresh browser before giving up).

The browser runs in kaleido's own asyncio loop on a daemon thread owned by this module.
"""

from __future__ import annotations

import asyncio
import atexit
import logging
import os
import threading
import warnings

log = logging.getLogger(__name__)


class ExportUnavailable(Exception):
    """The image could not be made: no browser, a crashed browser, or a timeout."""


def _browser_path() -> str | None:
    return os.environ.get("DASHBOARD_BROWSER_PATH") or None


def _shutdown_loop(loop: asyncio.AbstractEventLoop, thread: threading.Thread | None) -> None:
    """Stop the loop's thread and close the loop (pending tasks of a dead browser are dropped)."""
    loop.call_soon_threadsafe(loop.stop)
    if thread is not None:
        thread.join(10)
    if not loop.is_running():
        for task in asyncio.all_tasks(loop):
            task.cancel()
        loop.close()


class Renderer:
    """Renders plotly figure dicts to png/svg/pdf bytes with a lazily started browser."""

    def __init__(self, timeout: float | None = None, start_timeout: float = 60.0):
        self.timeout = timeout or float(os.environ.get("DASHBOARD_EXPORT_TIMEOUT", "20"))
        self.start_timeout = start_timeout
        self._lock = threading.Lock()
        self._pid: int | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._kaleido = None

    # ------------------------------------------------------------------ lifecycle

    def _start(self) -> None:
        import kaleido  # imported here: importing it starts nothing, but keeps app import light

        loop = asyncio.new_event_loop()
        thread = threading.Thread(target=loop.run_forever, name="kaleido-loop", daemon=True)
        thread.start()
        kwargs = {"n": 1, "timeout": self.timeout, "mathjax": False}
        if _browser_path():
            kwargs["path"] = _browser_path()
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                instance = kaleido.Kaleido(**kwargs)
                asyncio.run_coroutine_threadsafe(instance.open(), loop).result(self.start_timeout)
        except Exception as exc:  # ChromeNotFoundError, a browser that dies at start, a timeout
            _shutdown_loop(loop, thread)
            raise ExportUnavailable(f"cannot start the export browser: {exc}".strip()) from exc
        self._loop, self._thread, self._kaleido = loop, thread, instance
        self._pid = os.getpid()
        log.info("export browser started in process %s", self._pid)

    def _stop(self) -> None:
        loop, thread, instance = self._loop, self._thread, self._kaleido
        self._loop = self._thread = self._kaleido = None
        if loop is None:
            return
        if instance is not None:
            try:
                asyncio.run_coroutine_threadsafe(instance.close(), loop).result(10)
            except Exception:  # noqa: BLE001 - a dead browser may not close cleanly; it is dropped either way
                log.warning("export browser did not close cleanly", exc_info=True)
        _shutdown_loop(loop, thread)

    def close(self) -> None:
        with self._lock:
            if self._pid == os.getpid():
                self._stop()

    @property
    def running(self) -> bool:
        return self._kaleido is not None and self._pid == os.getpid()

    # ------------------------------------------------------------------ rendering

    def _call(self, figure: dict, fmt: str, width: int, height: int, scale: float) -> bytes:
        opts = {"format": fmt, "width": width, "height": height, "scale": scale}
        future = asyncio.run_coroutine_threadsafe(self._kaleido.calc_fig(figure, opts=opts), self._loop)
        try:
            return future.result(self.timeout + 5)
        except BaseException:
            future.cancel()
            raise

    def render(self, figure: dict, fmt: str, width: int, height: int, scale: float) -> bytes:
        """The image bytes; ``ExportUnavailable`` if no browser can make them."""
        with self._lock:
            if self._pid is not None and self._pid != os.getpid():
                # Forked after the browser started (e.g. gunicorn --preload): that browser
                # belongs to the parent. Forget it without touching it.
                self._loop = self._thread = self._kaleido = None
                self._pid = None
            last_error: BaseException | None = None
            for _attempt in range(2):
                if not self.running:
                    self._start()
                try:
                    return self._call(figure, fmt, width, height, scale)
                except Exception as exc:  # noqa: BLE001 - any failure: drop this browser, try a fresh one
                    last_error = exc
                    log.warning("export failed (%s); restarting the export browser", exc)
                    self._stop()
            raise ExportUnavailable(f"the export browser failed twice: {last_error}") from last_error


_renderer: Renderer | None = None
_renderer_lock = threading.Lock()


def renderer() -> Renderer:
    """The process-wide renderer (created on first use, so after gunicorn forks)."""
    global _renderer
    with _renderer_lock:
        if _renderer is None or _renderer._pid not in (None, os.getpid()):
            _renderer = Renderer()
            atexit.register(_renderer.close)
        return _renderer
