"""Shared fixtures. Data under ../shared is read by path, never copied here.

When ../shared is missing, tests that need it fail under CI=true (CI always has it) and
are skipped with a reason elsewhere, so a fresh clone without the data still tests the
rest."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _need(path: Path) -> Path:
    if path.exists():
        return path
    message = f"shared data missing: {path} (expected ../shared beside the project)"
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return _need(SHARED / "seeds")


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    return _need(SHARED / "gold" / "seeds")


@pytest.fixture(scope="session")
def vnmds_dir() -> Path:
    return _need(SHARED / "data" / "vnmds-dev")


@pytest.fixture(scope="session")
def pages_dev_dir() -> Path:
    return _need(SHARED / "pages-dev")


@pytest.fixture()
def fixtures() -> Path:
    return FIXTURES
