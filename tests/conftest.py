"""Shared fixtures. Data under ../shared is read by path, never copied here.

When ../shared is missing, tests that need it fail with a message that says so: CI
always has it, and a skip would let a run without the data pass as if it had been
tested."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _need(path: Path) -> Path:
    if path.exists():
        return path
    pytest.fail(f"shared data missing: {path} (expected ../shared beside the project)", pytrace=False)


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
def shared_dir() -> Path:
    for name in ("vnmds-dev", "abmusu-train", "vims-dev"):
        _need(SHARED / "data" / name)
    return SHARED


@pytest.fixture(scope="session")
def pages_dev_dir() -> Path:
    return _need(SHARED / "pages-dev")


@pytest.fixture()
def fixtures() -> Path:
    return FIXTURES
