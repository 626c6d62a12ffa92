"""The dashboard's data layer: the only code that reads the data files.

Tables live as UTF-8 CSV files beside this module (or in ``DASHBOARD_DATA_DIR``).
``store()`` gives the process-wide ``DataStore``; pages call ``current()`` for the
validated ``Dataset`` and the query functions re-exported here.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from .loader import Dataset, DataValidationError, Problem, load, validate
from .queries import (
    Fact,
    best_per_period,
    indicator_meta,
    label,
    latest,
    observations,
    sectors_available,
    sources_for,
    years_available,
)
from .store import DataStore

DEFAULT_DIR = Path(__file__).parent

__all__ = [
    "DEFAULT_DIR",
    "DataStore",
    "DataValidationError",
    "Dataset",
    "Fact",
    "Problem",
    "best_per_period",
    "current",
    "indicator_meta",
    "label",
    "latest",
    "load",
    "observations",
    "sectors_available",
    "sources_for",
    "store",
    "validate",
    "years_available",
]

_store: DataStore | None = None
_store_lock = threading.Lock()


def store() -> DataStore:
    """The process-wide store for ``DASHBOARD_DATA_DIR`` (default: this folder)."""
    global _store
    if _store is None:
        with _store_lock:
            if _store is None:
                directory = os.environ.get("DASHBOARD_DATA_DIR") or DEFAULT_DIR
                _store = DataStore(directory)
    return _store


def current() -> Dataset:
    """The current good dataset (reloaded if the files changed)."""
    return store().get()
