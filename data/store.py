"""Keep the last good ``Dataset`` of a folder and reload it when its files change.

Each process (each gunicorn worker) holds one store. ``get()`` costs a few ``stat``
calls at most once per ``check_interval`` seconds; when a file's mtime or size changed
it loads the folder again. A reload that fails validation leaves the last good data in
place, logs every problem and keeps them in ``status()`` for ``/healthz`` and the banner,
until the files change again.
"""

from __future__ import annotations

import logging
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

from .loader import Dataset, DataValidationError, data_files, load

log = logging.getLogger(__name__)


def _signature(directory: Path) -> tuple:
    sig = []
    for path in data_files(directory):
        try:
            st = path.stat()
            sig.append((path.name, st.st_mtime_ns, st.st_size))
        except FileNotFoundError:
            sig.append((path.name, None, None))
    return tuple(sig)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class DataStore:
    """The current data of one folder, reloaded on change, never replaced by bad data."""

    def __init__(self, directory: Path | str, check_interval: float = 2.0):
        self.directory = Path(directory)
        self.check_interval = check_interval
        self._lock = threading.Lock()
        self._signature = _signature(self.directory)
        # The first load must succeed: with no good data there is nothing to serve.
        self._dataset = load(self.directory)
        self._loaded_at = _now()
        self._checked = time.monotonic()
        self._last_error: dict | None = None

    def get(self) -> Dataset:
        if time.monotonic() - self._checked >= self.check_interval:
            self.refresh()
        return self._dataset

    def refresh(self) -> bool:
        """Reload if the files changed; return True when new data was taken in."""
        with self._lock:
            self._checked = time.monotonic()
            signature = _signature(self.directory)
            if signature == self._signature:
                return False
            self._signature = signature
            try:
                dataset = load(self.directory)
            except DataValidationError as exc:
                self._last_error = {
                    "at": _now(),
                    "problems": [str(p) for p in exc.problems],
                }
                log.error(
                    "data reload rejected, still serving version %s:\n%s",
                    self._dataset.version,
                    "\n".join(self._last_error["problems"]),
                )
                return False
            except OSError as exc:  # a file vanished between stat and read
                self._last_error = {"at": _now(), "problems": [f"read error: {exc}"]}
                log.error("data reload failed: %s", exc)
                return False
            self._dataset = dataset
            self._loaded_at = _now()
            self._last_error = None
            log.info("data reloaded: version %s", dataset.version)
            return True

    def status(self) -> dict:
        self.get()
        return {
            "status": "degraded" if self._last_error else "ok",
            "data_version": self._dataset.version,
            "loaded_at": self._loaded_at,
            "rows": self._dataset.row_counts,
            "last_reload_error": self._last_error,
        }
