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
from .readme import in_terminal

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
         "msecwg: /proc/.bashrc: cannot go on (no such file or directory)"),
    ],
)  # fmt: skip
def test_a_broken_environment_is_one_line_and_exit_1(shell: str, message: str) -> None:
    # "; exit $?" keeps bash the parent (it would run a lone command in its own place):
    # --install-completion installs for the shell it finds among its parent processes.
    done = subprocess.run(
        ["bash", "-c", f"{shell}; exit $?"],
        capture_output=True, text=True, timeout=20, check=False,
        env={**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"},
    )  # fmt: skip
    assert (done.returncode, done.stderr) == (1, message + "\n")


def _handled_from() -> int:
    """Answer the line of msecwg/__main__.py that installs msecwg's Ctrl-C handler."""
    lines = (Path(load.__file__).parents[1] / "__main__.py").read_text().splitlines()
    return next(n for n, line in enumerate(lines, 1) if line.startswith("_signal.signal("))


def _msecwg_frames(err: str, handled_from: int) -> list[tuple[str, int]]:
    """Answer the frames of a traceback that are msecwg's own code, after the line that
    installs its Ctrl-C handler (a Ctrl-C that came before it is Python's to report
    there; the package's __init__ and the lines before it run first, the console
    script's `import re` and Python's start before them)."""
    frames = [(Path(f), int(n)) for f, n in re.findall(r'File "([^"]+)", line (\d+)', err)]
    return [
        (str(f), n)
        for f, n in frames
        if f.parent == MSECWG_PACKAGE or MSECWG_PACKAGE in f.parents
        if f != MSECWG_PACKAGE / "__init__.py"
        and not (f == MSECWG_PACKAGE / "__main__.py" and n <= handled_from)
    ]


MSECWG_PACKAGE = Path(load.__file__).parents[1]
# From the first moment (before Python has its own handler) to after the command is
# done, closer together where a run starts.
MOMENTS = [n / 1000 for n in (*range(0, 20), *range(20, 100, 4), *range(100, 500, 25))]


def test_ctrl_c_at_any_moment_is_one_line_and_exit_130(tmp_path: Path) -> None:
    path = copied(tmp_path)
    handled_from = _handled_from()
    script = Path(sys.executable).parent / "msecwg"
    seen: list[tuple[float, int]] = []
    for first in range(0, len(MOMENTS), 8):  # eight runs at a time
        moments = MOMENTS[first : first + 8]
        started = []
        for _ in moments:
            process = subprocess.Popen(
                [str(script), "--data", str(path), "check"],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            )  # fmt: skip
            started.append((process, time.monotonic()))
        for delay, (process, at) in sorted(zip(moments, started, strict=True)):
            time.sleep(max(0.0, at + delay - time.monotonic()))
            process.send_signal(signal.SIGINT)
        for delay, (process, _) in zip(moments, started, strict=True):
            _, err = process.communicate(timeout=30)
            seen.append((delay, process.returncode))
            if "KeyboardInterrupt" in err or "Fatal Python error" in err:
                # Python's, before msecwg's first line ran: a traceback of its start (exit
                # 1 or by SIGINT), or of a .pth file site reports and goes on from
                assert _msecwg_frames(err, handled_from) == [], (delay, err)
                assert process.returncode in (-signal.SIGINT, 1, 0), (delay, err)
            elif process.returncode == 130:
                assert err.count("interrupted") == 1, (delay, err)
                assert err.endswith("msecwg: interrupted\n"), (delay, err)
            else:  # before Python could handle it, or after msecwg was done
                assert process.returncode in (-signal.SIGINT, 0), (delay, process.returncode, err)
    assert any(code == 130 for _, code in seen), seen


def test_a_traceback_in_msecwgs_code_would_be_seen() -> None:
    err = (
        "Traceback (most recent call last):\n"
        f'  File "{MSECWG_PACKAGE / "__main__.py"}", line {_handled_from() + 1}, in <module>\n'
        f'  File "{MSECWG_PACKAGE / "store" / "load.py"}", line 3, in <module>\n'
        "KeyboardInterrupt\n"
    )
    assert len(_msecwg_frames(err, _handled_from())) == 2


def test_markdown_shows_the_datas_text_literally(run: Run, tmp_path: Path) -> None:
    hostile = "<script>alert(1)</script> [click](javascript:alert(2)) <!-- *bold* `code`"
    path = copied(tmp_path, **{'state = "Deprecated"': f"state = '{hostile}'"})
    out = run("--data", str(path), "drafts", "--format", "markdown").stdout
    row = next(line for line in out.splitlines() if line.startswith("| **GSAKMP-Light**"))
    # Read as people read it (a link as its text, no marks), and no HTML of its own.
    assert row == (
        "| **GSAKMP-Light** | — | &lt;script&gt;alert(1)&lt;/script&gt; click &lt;!-- bold code | — |"
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
    assert done.stdout.split("\n") == ["F\\[31mredrik", ""]


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


TALL = 'msecwg drafts --as-of 2003-08-02; echo "exit $?"'
"""A table taller than the terminal in_terminal gives with LINES=10, and its exit code."""
FIRST_LINE = "10 documents of the MSEC WG, IETF 57, as of Sat 2 Aug 2003"


@pytest.mark.parametrize(
    ("pager", "said"),
    [
        ("/nonexistent/pager", "msecwg: cannot run the pager '/nonexistent/pager' (no such file or directory); shown without it"),
        ("less '", "msecwg: cannot run the pager \"less '\" (no closing quotation); shown without it"),
    ],
)  # fmt: skip
def test_a_pager_that_cannot_be_run_is_said_and_the_table_shown_without_it(
    tmp_path: Path, pager: str, said: str
) -> None:
    shown = in_terminal(TALL, tmp_path, MSECWG_PAGER=pager, LINES="10").splitlines()
    assert shown[:2] == [said, FIRST_LINE]
    assert shown[-1] == "exit 0"
    assert shown[-2] == "¹ “or the IESG Last Call closing date, whichever comes first”"


@pytest.mark.parametrize(
    ("pager", "how"),
    [
        ("false", "exit status 1"),
        ("sh -c 'cat >/dev/null; exit 3'", "exit status 3"),
        ("sh -c 'kill -9 $$'", "ended by SIGKILL"),
    ],
)
def test_a_pager_that_fails_is_said_in_one_line_and_exit_1(
    tmp_path: Path, pager: str, how: str
) -> None:
    shown = in_terminal(TALL, tmp_path, MSECWG_PAGER=pager, LINES="10")
    assert shown.splitlines() == [
        f"msecwg: the pager {pager!r} failed ({how}); --no-pager shows the table without it",
        "exit 1",
    ]


def test_ctrl_c_while_the_pager_runs_is_the_pagers(tmp_path: Path) -> None:
    # The pager gets Ctrl-C from the terminal, as msecwg does, and carries on; msecwg
    # waits for it and ends as it does.
    pager = "sh -c 'trap \"\" INT; sleep 0.2; kill -INT 0; sleep 0.2; head -1'"
    shown = in_terminal(TALL, tmp_path, MSECWG_PAGER=pager, LINES="10")
    assert shown.splitlines() == [FIRST_LINE, "exit 0"]


def test_a_pager_ended_by_ctrl_c_ends_msecwg_as_interrupted(tmp_path: Path) -> None:
    pager = "sh -c 'sleep 0.2; kill -INT 0; sleep 1'"
    shown = in_terminal(TALL, tmp_path, MSECWG_PAGER=pager, LINES="10")
    assert shown.splitlines() == ["msecwg: interrupted", "exit 130"]


def test_a_link_loop_in_a_data_folder_is_named(tmp_path: Path) -> None:
    copied(tmp_path)
    (tmp_path / "a.toml").symlink_to("b.toml")
    (tmp_path / "b.toml").symlink_to("a.toml")
    done = msecwg("--data", str(tmp_path), "drafts", "--fields", "name")
    assert done.returncode == 4  # the loop left out, named with why; the rest answered
    assert done.stdout.splitlines()[1:3] == ["GSAKMP", "GSAKMP-Light"]
    assert done.stderr == "".join(
        f"msecwg: left out {tmp_path / name}: cannot read the file (too many levels of "
        "symbolic links)\n"
        for name in ("a.toml", "b.toml")
    )


def test_a_long_error_line_keeps_its_start_and_end_and_counts_the_rest(
    run: Run, tmp_path: Path
) -> None:
    for name in ("msec-ietf57-minutes.txt", "msec-facts.toml"):
        (tmp_path / name).write_bytes((BUNDLED.parent / name).read_bytes())
    names = [f"msec-ietf57-copy-{n}.toml" for n in range(1, 301)]
    for name in names:
        (tmp_path / name).write_bytes(BUNDLED.read_bytes())
    said = run("--data", str(tmp_path), "--meeting", "57", "drafts")
    whole = f"--meeting '57' names 300 meetings: {', '.join(sorted(names))}; give its file's name"
    assert len(whole) == 8_047
    assert (said.exit_code, said.stdout) == (2, "")
    line = f"msecwg: {whole}"
    assert said.stderr == (f"{line[:289]} … and 7,686 more characters … {line[-80:]}\n")
    assert said.stderr.endswith("msec-ietf57-copy-99.toml; give its file's name\n")


def test_a_long_unknown_command_is_one_bounded_line(run: Run) -> None:
    said = run("x" * 1000)
    assert said.exit_code == 2
    assert said.stderr == (
        f"msecwg: No such command '{'x' * 264} … and 680 more characters … "
        f"{'x' * 56}'. (see 'msecwg --help')\n"
    )


def test_a_long_note_is_one_bounded_line(run: Run) -> None:
    said = run("search", "x" * 1000, "--format", "table")
    assert said.exit_code == 0
    assert said.stderr == (
        f"No passage of the minutes holds “{'x' * 256} … and 666 more characters … {'x' * 78}”.\n"
    )
    assert len(said.stderr.rstrip("\n")) <= 400


def test_ctrl_c_once_a_run_is_done_is_ignored_as_python_ends() -> None:
    # A handled signal is given back to the system as Python ends, where a Ctrl-C would
    # kill a finished run (exit -2); an ignored one stays ignored.
    code = (
        "import signal, sys\n"
        "from msecwg.__main__ import main\n"
        "sys.argv = ['msecwg', '--version']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(signal.getsignal(signal.SIGINT) is signal.SIG_IGN)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines()[-1] == "True"
