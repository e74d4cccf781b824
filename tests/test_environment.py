"""No special file, planted link, hostile text or broken environment gets past msecwg:
each is one line on stderr and an exit code, never a hang, a traceback or a file
half written."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import icalendar
import pytest

from msecwg.store import load

from .conftest import Run

BUNDLED = load.bundled_path()


def msecwg(
    *args: str, env: dict[str, str] | None = None, timeout: float = 20, **kw: object
) -> subprocess.CompletedProcess[str]:
    """Run msecwg in a process of its own, as a shell would."""
    return subprocess.run(
        [sys.executable, "-m", "msecwg", *args],
        capture_output=True, text=True, timeout=timeout, check=False,
        env={**os.environ, "NO_COLOR": "1", "COLUMNS": "80", **(env or {})}, **kw,  # type: ignore[arg-type]
    )  # fmt: skip


def copied(tmp_path: Path, **edits: str) -> Path:
    """Copy the bundled transcription and what it names into tmp_path, with edits."""
    text = BUNDLED.read_text(encoding="utf-8")
    for old, new in edits.items():
        text = text.replace(old.replace("_", " "), new)
    for name in ("msec-ietf57-minutes.txt", "msec-facts.toml"):
        (tmp_path / name).write_bytes((BUNDLED.parent / name).read_bytes())
    path = tmp_path / "meeting.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_special_files_are_refused_at_once_wherever_they_are_named(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.toml"
    os.mkfifo(fifo)
    os.mkfifo(tmp_path / "minutes.fifo")
    minutes = copied(tmp_path)
    minutes.write_text(
        minutes.read_text(encoding="utf-8").replace(
            'minutes = "msec-ietf57-minutes.txt"', 'minutes = "minutes.fifo"'
        ),
        encoding="utf-8",
    )
    named = tmp_path / "minutes.fifo"
    cases = {
        ("--data", "/dev/zero", "drafts"): "msecwg: /dev/zero: is a character device, not a transcription file; give a regular file\n",
        ("--data", str(fifo), "drafts"): f"msecwg: {fifo}: is a FIFO, not a transcription file; give a regular file\n",
        ("--data", str(minutes), "drafts"): f"msecwg: {minutes}: minutes: {named}: is a FIFO, not a minutes file; give a regular file\n",
        ("--data", str(tmp_path), "drafts"): (
            f"msecwg: left out {fifo}: is a FIFO, not a transcription file; give a regular file\n"
            f"msecwg: left out {minutes}: minutes: {named}: is a FIFO, not a minutes file; give a regular file\n"
            "msecwg: none of the 2 transcriptions given is valid\n"
        ),
    }  # fmt: skip
    for args, message in cases.items():
        started = time.monotonic()
        done = msecwg(*args, timeout=5)
        assert time.monotonic() - started < 5
        assert (done.returncode, done.stdout, done.stderr) == (1, "", message), args


def test_completion_never_hangs_on_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.toml"
    os.mkfifo(fifo)
    done = msecwg(
        env={"_MSECWG_COMPLETE": "complete_bash", "COMP_WORDS": "msecwg discussion g",
             "COMP_CWORD": "2", "MSECWG_DATA": str(fifo)},
        timeout=5,
    )  # fmt: skip
    assert (done.returncode, done.stdout.strip()) == (0, "")


def test_two_calendars_written_at_once_one_wins_and_the_file_is_whole(tmp_path: Path) -> None:
    target = tmp_path / "msec.ics"
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "msecwg", "calendar", "-o", str(target)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    results = [(p.wait(timeout=30), p.stderr.read() if p.stderr else "") for p in runs]
    assert sorted(code for code, _ in results) == [0, 2, 2, 2]
    assert all(
        message == f"msecwg: {target}: already exists; add --force to replace it\n"
        for code, message in results
        if code
    )
    assert len(icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")) == 6
    assert sorted(p.name for p in tmp_path.iterdir()) == ["msec.ics"]


def test_a_link_at_the_target_is_never_written_through(tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("keep me")
    link = tmp_path / "msec.ics"
    link.symlink_to(other)
    refused = msecwg("calendar", "-o", str(link))
    assert refused.returncode == 2
    assert other.read_text() == "keep me"
    forced = msecwg("calendar", "-o", str(link), "--force")
    assert forced.returncode == 2
    assert other.read_text() == "keep me" and link.is_symlink()
    stdout = msecwg("calendar", "-o", "-")
    assert stdout.stdout.startswith("BEGIN:VCALENDAR") and not (Path.cwd() / "-").exists()


@pytest.mark.parametrize(
    ("shell", "message"),
    [
        ("msecwg --help >&-", "msecwg: stdout is closed; nothing can be shown"),
        ("msecwg drafts >&-", "msecwg: stdout is closed; nothing can be shown"),
        ("msecwg drafts 1</dev/null", "msecwg: stdout: cannot write (Bad file descriptor)"),
        ("msecwg --help 1</dev/null", "msecwg: cannot go on: Bad file descriptor"),
        ("msecwg drafts >/dev/full", "msecwg: stdout: cannot write (No space left on device)"),
        ("PYTHONIOENCODING=ascii msecwg drafts --format table >/dev/null",
         "msecwg: stdout: cannot show '\\u2014' in its encoding, ascii; use a UTF-8 locale or set PYTHONIOENCODING=utf-8"),
        ("_MSECWG_COMPLETE=complete_bash COMP_WORDS='msecwg d' COMP_CWORD=x msecwg",
         "msecwg: completion: COMP_CWORD is 'x', not a number of words"),
        ("HOME=/proc msecwg --install-completion bash",
         "msecwg: cannot go on: No such file or directory"),
    ],
)  # fmt: skip
def test_a_broken_environment_is_one_line_and_exit_1(shell: str, message: str) -> None:
    done = subprocess.run(
        ["bash", "-c", shell],
        capture_output=True, text=True, timeout=20, check=False,
        env={**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"},
    )  # fmt: skip
    assert (done.returncode, done.stderr) == (1, message + "\n")


def _handled_from() -> int:
    """Answer the line of msecwg/__main__.py that installs msecwg's Ctrl-C handler."""
    lines = (Path(load.__file__).parents[1] / "__main__.py").read_text().splitlines()
    return next(n for n, line in enumerate(lines, 1) if line.startswith("signal.signal("))


def test_ctrl_c_at_any_moment_is_one_line_and_exit_130(tmp_path: Path) -> None:
    path = copied(tmp_path)
    handled_from = _handled_from()
    script = Path(sys.executable).parent / "msecwg"
    for delay in (0.03, 0.05, 0.08, 0.1, 0.15, 0.2, 0.4):
        process = subprocess.Popen(
            [str(script), "--data", str(path), "check"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        time.sleep(delay)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=20)
        # Python's start, the console script's own imports and msecwg's first lines
        # (importing `signal`) come before msecwg's handler is installed: an interrupt
        # there is the interpreter's to report.
        frames = [(Path(f), int(n)) for f, n in re.findall(r'File "([^"]+)", line (\d+)', err)]
        after = [
            (f, n)
            for f, n in frames
            if f.suffix == ".py"
            and "msecwg" in f.parts[-3:-1]
            and not (f.name == "__main__.py" and n < handled_from)
        ]
        assert "Traceback" not in err or not after, (delay, err)
        if process.returncode == 130:
            assert err.endswith("msecwg: interrupted\n"), (delay, err)
        else:  # before Python could handle it, or after msecwg was done
            assert process.returncode in (-signal.SIGINT, 0), (delay, process.returncode)


def test_markdown_shows_the_datas_text_literally(run: Run, tmp_path: Path) -> None:
    hostile = "<script>alert(1)</script> [click](javascript:alert(2)) <!-- *bold* `code`"
    path = copied(tmp_path, **{'state = "Deprecated"': f"state = '{hostile}'"})
    out = run("--data", str(path), "drafts", "--format", "markdown").stdout
    row = next(line for line in out.splitlines() if line.startswith("| **GSAKMP-Light**"))
    assert row == (
        "| **GSAKMP-Light** | — | &lt;script&gt;alert(1)&lt;/script&gt; "
        "\\[click\\](javascript:alert(2)) &lt;!-- \\*bold\\* \\`code\\` | — |"
    )


def test_completion_offers_each_name_once_on_one_line_and_harmless(tmp_path: Path) -> None:
    path = copied(
        tmp_path,
        **{
            'id = "fredrik"\nname = "Fredrik"': 'id = "fredrik"\nname = "F\\u001b[31mredrik"',
            'id = "sebastien"\nname = "Sebastien"': 'id = "sebastien"\nname = "Fr\\nx"',
        },
    )
    done = msecwg(env={"_MSECWG_COMPLETE": "complete_bash", "COMP_CWORD": "4",
                       "COMP_WORDS": "msecwg discussion gsakmp --speaker F", "MSECWG_DATA": str(path)})  # fmt: skip
    assert done.stdout.split("\n") == ["F[31mredrik", ""]


def test_check_lists_the_first_20_problems_and_counts_the_rest(run: Run, tmp_path: Path) -> None:
    text = BUNDLED.read_text(encoding="utf-8")
    extra = "".join(
        f'\n[[people]]\nid = "extra-{n}"\nname = "Extra"\nquotes = ["not in the minutes {n}"]\n'
        for n in range(30)
    )
    path = copied(tmp_path)
    path.write_text(
        text.replace("\n# Every document", extra + "\n# Every document"), encoding="utf-8"
    )
    lines = run("check", str(path)).stderr.splitlines()
    assert len(lines) == 21
    assert lines[-1] == f"msecwg: {path}: and 10 more problems"


def test_an_error_shows_no_more_than_80_characters_of_the_data(run: Run, tmp_path: Path) -> None:
    path = copied(
        tmp_path, **{'quotes = ["Hugh: You need a policy token."]': f'quotes = ["{"x" * 100_000}"]'}
    )
    result = run("--data", str(path), "drafts")
    assert result.exit_code == 1
    assert result.stderr == (
        f"msecwg: {path}: people[1].quotes[0]: not in the minutes: '{'x' * 79}…' "
        f"(and 3 more: msecwg check {path})\n"
    )
