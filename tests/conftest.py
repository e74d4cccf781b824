"""Shared fixtures: a pinned environment and one way to run the command line."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from msecwg.commands import MODULES
from msecwg.commands.cli import app
from msecwg.model import Transcription
from msecwg.show import formats
from msecwg.store import load, validate
from msecwg.store.files import read_text

Run = Callable[..., Result]


def _beside_checkout() -> Path:
    """Answer ../shared, the shared test material beside the checkout (the minutes of
    other meetings, the seed), also when the tests run from a copy of the project one
    folder deeper (mutmut's `mutants/`); it may be absent, and the tests that read it
    then skip."""
    parents = Path(__file__).resolve().parents
    beside = [parents[n] / "shared" for n in (2, 3) if n < len(parents)]
    return next((folder for folder in beside if (folder / "minutes").is_dir()), beside[0])


SHARED = _beside_checkout()


@pytest.fixture(scope="session")
def cache_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The cache folder of the whole test run, apart from the user's own."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="session", autouse=True)
def own_cache(cache_folder: Path) -> Iterator[None]:
    """The test run's own cache folder (MSECWG_CACHE) from its first fixture on, those
    of a session or a module included: the user's cache folder is never written."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MSECWG_CACHE", str(cache_folder))
        yield


@pytest.fixture(autouse=True)
def unremembered() -> None:
    """No answer a function of msecwg remembers (functools.cache, lru_cache) carried
    from one test to the next: each test sees the code it runs, a mutant's included."""
    for name, module in list(sys.modules.items()):
        if name.partition(".")[0] != "msecwg":
            continue
        for value in vars(module).values():
            if getattr(value, "__module__", None) == name and hasattr(value, "cache_clear"):
                value.cache_clear()


@pytest.fixture(autouse=True)
def pinned_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No colour, an 80-column terminal and none of the variables that force colour."""
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("LINES", "50")
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE", "GITHUB_ACTIONS", "CLICOLOR_FORCE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def run() -> Run:
    """Run msecwg with these arguments; answers the result with stdout and stderr apart."""
    runner = CliRunner()

    def invoke(*args: str) -> Result:
        return runner.invoke(app, list(args), prog_name="msecwg", catch_exceptions=False)

    return invoke


@pytest.fixture(scope="session")
def bundled() -> Transcription:
    """The bundled transcription."""
    return load.load()


@pytest.fixture(scope="session")
def minutes() -> str:
    """The bundled minutes, whitespace folded."""
    return validate.fold(
        read_text(load.bundled_path().parent / "msec-ietf57-minutes.txt", "minutes")
    )


@pytest.fixture(scope="session")
def quic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The QUIC WG's 16 meetings (../shared/minutes/quic), imported into a folder that
    no test writes in; skipped where the shared minutes are not beside the checkout."""
    source = SHARED / "minutes" / "quic"
    if not source.is_dir():
        pytest.skip(f"no shared minutes at {source}")
    folder = tmp_path_factory.mktemp("quic")
    minutes = sorted(str(p) for p in source.glob("*.md"))
    result = CliRunner().invoke(app, ["import", *minutes, "-o", str(folder)], prog_name="msecwg")
    assert result.exit_code == 0, result.stderr
    return folder


COMMANDS = list(MODULES)
"""Every command msecwg has, in the order help lists them."""

FORMATS = list(formats.FORMATS)
"""Every output format, by the name --format takes."""

EXAMPLE = Path(__file__).parent / "data" / "example.toml"

# One run of each listing command on the test meeting (tests/data/example.toml),
# as the tests of bad and hostile data run them; check and schema are not listings.
LISTINGS = [
    ["drafts", "--as-of", "2030-03-20"],
    ["actions", "--as-of", "2030-03-20"],
    ["actions", "--overdue", "--as-of", "2030-03-20"],
    ["discussion"],
    ["discussion", "widget"],
    ["decisions"],
    ["timeline", "--as-of", "2030-03-20"],
    ["people"],
    ["people", "bob"],
    ["search", "widget"],
]
