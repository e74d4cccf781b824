"""Reading and writing files: only regular files are read, and never more than the
limit; a written file is whole, never written through a link, never put over
something it was not told to replace, and leaves nothing behind; every failure is
one line.

Cases that could hang or fill memory run in a child process, which must answer
within a second of starting to read and is killed otherwise.
"""

from __future__ import annotations

import errno
import json
import os
import re
import signal
import socket
import stat
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from msecwg.errors import BAD_DATA, USAGE, DataError, UsageProblem, WriteError
from msecwg.store import files

LIMIT = files.MAX_BYTES
AS_ROOT = os.geteuid() == 0
# A fixed temporary name beside the target, where a link or a folder could be planted
# in advance; msecwg's temporary files have unique names, never this one.
FIXED_PARTIAL = ".{name}.partial"

READER = """
import json, resource, sys, tracemalloc
from pathlib import Path
resource.setrlimit(resource.RLIMIT_AS, (2**30, 2**30))
from msecwg.store import files
from msecwg.errors import DataError
path, what = Path(sys.argv[1]), sys.argv[2]
{prelude}
print("reading", flush=True)
tracemalloc.start()
try:
    outcome = {{"characters": len(files.read_text(path, what))}}
except DataError as problem:
    outcome = {{"refused": str(problem)}}
outcome["peak"] = tracemalloc.get_traced_memory()[1]
print(json.dumps(outcome), flush=True)
"""

# In the child: the file grows to four times the limit right after its size is checked.
GROWS_AFTER_THE_CHECK = """
import os
checked = os.fstat
def check_then_grow(fd):
    status = checked(fd)
    os.truncate(path, 4 * files.MAX_BYTES)
    return status
os.fstat = check_then_grow
"""


def read_in_child(
    path: Path | str, what: str = "transcription", *, prelude: str = "", stdin: Any = None
) -> dict[str, Any]:
    """Answer what read_text did with `path` in a child process: {"refused": message}
    or {"characters": n}, with the peak of memory allocated ("peak", bytes); fail the
    test if the child is still reading a second after it started."""
    child = subprocess.Popen(
        [sys.executable, "-c", READER.format(prelude=prelude), str(path), what],
        stdin=subprocess.DEVNULL if stdin is None else stdin,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stderr is not None
    try:
        assert child.stdout.readline() == "reading\n", child.stderr.read()
        try:
            child.wait(timeout=1)
        except subprocess.TimeoutExpired:
            pytest.fail(f"still reading {path} after a second")
        assert child.returncode == 0, child.stderr.read()
        result: dict[str, Any] = json.loads(child.stdout.read())
        return result
    finally:
        child.kill()
        child.wait()
        child.stdout.close()
        child.stderr.close()


# Reading: what is refused, and how fast.


@pytest.mark.parametrize("what", ["transcription", "minutes", "facts"])
def test_dev_zero_is_refused_at_once_as_a_character_device(what: str) -> None:
    outcome = read_in_child("/dev/zero", what)
    assert outcome["refused"] == (
        f"/dev/zero: is a character device, not a {what} file; give a regular file"
    )
    assert outcome["peak"] < 2**20


def test_a_fifo_without_a_writer_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "meeting.toml"
    os.mkfifo(fifo)
    outcome = read_in_child(fifo)
    assert outcome["refused"] == f"{fifo}: is a FIFO, not a transcription file; give a regular file"


def test_a_fifo_a_writer_holds_open_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "minutes.txt"
    os.mkfifo(fifo)
    # Linux opens a FIFO for reading and writing without waiting for a reader.
    writer = os.open(fifo, os.O_RDWR)
    try:
        outcome = read_in_child(fifo, "minutes")
    finally:
        os.close(writer)
    assert outcome["refused"] == f"{fifo}: is a FIFO, not a minutes file; give a regular file"


def test_dev_stdin_on_an_open_pipe_is_refused_at_once() -> None:
    read_end, write_end = os.pipe()
    try:
        outcome = read_in_child("/dev/stdin", stdin=read_end)
    finally:
        os.close(read_end)
        os.close(write_end)
    assert outcome["refused"] == (
        "/dev/stdin: is a FIFO, not a transcription file; give a regular file"
    )


def test_a_socket_is_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "facts.toml"
    with socket.socket(socket.AF_UNIX) as listening:
        listening.bind(str(path))
        listening.listen()
        outcome = read_in_child(path, "facts")
    assert outcome["refused"] == f"{path}: is a socket, not a facts file; give a regular file"


def test_a_directory_is_refused_at_once(tmp_path: Path) -> None:
    outcome = read_in_child(tmp_path)
    assert outcome["refused"] == f"{tmp_path}: is a directory, not a transcription file"


def test_a_sparse_file_over_the_limit_is_refused_by_its_size_without_reading_it(
    tmp_path: Path,
) -> None:
    path = tmp_path / "huge.toml"
    path.touch()
    os.truncate(path, 17 * 2**20)
    outcome = read_in_child(path)
    assert outcome["refused"] == (
        f"{path}: too large for a transcription file (17 MiB; the limit is 16 MiB)"
    )
    assert outcome["peak"] < 2**20


def test_a_file_that_grows_after_the_size_check_is_read_only_to_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "growing.toml"
    path.write_text("schema = 1\n")
    outcome = read_in_child(path, prelude=GROWS_AFTER_THE_CHECK)
    assert outcome["refused"] == (
        f"{path}: too large for a transcription file (more than the limit of 16 MiB)"
    )
    assert path.stat().st_size == 4 * LIMIT
    assert outcome["peak"] < 2 * LIMIT + 2**20


def appending(path: Path) -> subprocess.Popen[bytes]:
    """Start a process that appends to `path` up to three times the limit, then holds it
    open until killed; answer it once the file has its first byte."""
    program = (
        "import sys, time\n"
        "with open(sys.argv[1], 'ab', buffering=0) as f:\n"
        "    f.write(b'#'); print('appending', flush=True)\n"
        "    for _ in range(3 * 16 * 16): f.write(b'#' * 65536)\n"
        "    time.sleep(60)\n"
    )
    writer = subprocess.Popen([sys.executable, "-c", program, str(path)], stdout=subprocess.PIPE)
    assert writer.stdout is not None
    assert writer.stdout.readline() == b"appending\n"
    return writer


def test_a_file_another_process_is_appending_to_is_read_at_most_to_the_limit(
    tmp_path: Path,
) -> None:
    path = tmp_path / "appended.toml"
    writer = appending(path)
    try:
        outcome = read_in_child(path)
    finally:
        writer.kill()
        writer.wait()
        assert writer.stdout is not None
        writer.stdout.close()
    # However far the writer has got, the reader reads no more than the limit and a
    # byte: refused by the size it finds, refused on reading past the limit, or read
    # whole up to where the writer was.
    if "refused" in outcome:
        assert re.fullmatch(
            rf"{re.escape(str(path))}: too large for a transcription file "
            r"\((\d+ MiB; the limit is 16 MiB|more than the limit of 16 MiB)\)",
            outcome["refused"],
        )
    else:
        assert 1 <= outcome["characters"] <= LIMIT
    assert outcome["peak"] < 2 * LIMIT + 2**20


# Reading: regular files, and the refusals msecwg has always given.


def test_a_regular_file_is_read_as_utf8_text_with_line_ends_as_text_mode_reads_them(
    tmp_path: Path,
) -> None:
    path = tmp_path / "minutes.txt"
    path.write_bytes("Réunion\r\nMSEC\rIETF 57\n".encode())
    assert files.read_text(path, "minutes") == "Réunion\nMSEC\nIETF 57\n"


def test_a_link_to_a_regular_file_is_read_and_a_link_to_a_device_refused(tmp_path: Path) -> None:
    target = tmp_path / "real.toml"
    target.write_text("schema = 1\n")
    (tmp_path / "link.toml").symlink_to(target)
    (tmp_path / "zero.toml").symlink_to("/dev/zero")
    assert files.read_text(tmp_path / "link.toml", "transcription") == "schema = 1\n"
    with pytest.raises(DataError) as refused:
        files.read_text(tmp_path / "zero.toml", "facts")
    assert str(refused.value) == (
        f"{tmp_path / 'zero.toml'}: is a character device, not a facts file; give a regular file"
    )


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="no /proc")
def test_a_file_that_reports_no_size_is_read_whole() -> None:
    status = Path("/proc/self/status")
    assert status.stat().st_size == 0
    assert files.read_text(status, "minutes").startswith("Name:\t")


def test_the_limit_itself_is_read_and_one_byte_more_refused(tmp_path: Path) -> None:
    path = tmp_path / "m.txt"
    path.write_text("0123456789")
    assert files.read_text(path, "minutes", limit=10) == "0123456789"
    with pytest.raises(DataError) as refused:
        files.read_text(path, "minutes", limit=9)
    assert str(refused.value) == (
        f"{path}: too large for a minutes file (10 bytes; the limit is 9 bytes)"
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b"schema = 1\n# caf\xe9\n", "not UTF-8 text (byte 16); save it as UTF-8"),
        ("é".encode("utf-16"), "not UTF-8 text (byte 0); save it as UTF-8"),
    ],
)
def test_a_missing_file_and_one_not_utf8_keep_their_messages(
    tmp_path: Path, content: bytes | None, message: str
) -> None:
    path = tmp_path / "t.toml"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(DataError) as refused:
        files.read_text(path, "transcription")
    assert str(refused.value) == f"{path}: {message}"


def test_an_unreadable_file_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # Permission bits do not stop root, so the refusal itself is simulated.
    path = tmp_path / "secret.toml"
    path.write_text("schema = 1\n")
    opened = os.open

    def denied(name: Any, *args: Any, **kwargs: Any) -> int:
        if Path(name) == path:
            raise PermissionError(errno.EACCES, "Permission denied", str(name))
        return opened(name, *args, **kwargs)

    monkeypatch.setattr(os, "open", denied)
    with pytest.raises(DataError) as refused:
        files.read_text(path, "transcription")
    assert str(refused.value) == f"{path}: cannot read the file (permission denied)"


@pytest.mark.skipif(AS_ROOT, reason="root reads any file")
def test_an_unreadable_file_is_refused_for_real(tmp_path: Path) -> None:
    path = tmp_path / "secret.toml"
    path.write_text("schema = 1\n")
    path.chmod(0)
    with pytest.raises(DataError) as refused:
        files.read_text(path, "transcription")
    assert str(refused.value) == f"{path}: cannot read the file (permission denied)"


def test_a_path_through_a_file_gives_the_systems_reason(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    path = tmp_path / "file" / "t.toml"
    with pytest.raises(DataError) as refused:
        files.read_text(path, "transcription")
    assert str(refused.value) == f"{path}: cannot read the file (not a directory)"


def test_a_path_is_shown_as_given_so_it_can_be_found(tmp_path: Path) -> None:
    path = tmp_path / ("x" * 200 + ".toml")
    with pytest.raises(DataError) as refused:
        files.read_text(path, "transcription")
    assert str(refused.value) == f"{path}: no such file"


# Writing: the target.


def listing(folder: Path) -> list[str]:
    """The names in a folder, sorted."""
    return sorted(p.name for p in folder.iterdir())


def test_a_new_file_is_written_whole_with_the_usual_mode_and_nothing_else_left(
    tmp_path: Path,
) -> None:
    target = tmp_path / "msec.ics"
    files.write_file(b"BEGIN:VCALENDAR\r\n", target, force=False)
    assert target.read_bytes() == b"BEGIN:VCALENDAR\r\n"
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
    assert listing(tmp_path) == ["msec.ics"]


def test_a_relative_name_is_written_in_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    files.write_file(b"data", Path("msec.ics"), force=False)
    assert listing(tmp_path) == ["msec.ics"]


def test_an_existing_file_is_kept_without_force(tmp_path: Path) -> None:
    target = tmp_path / "msec.ics"
    target.write_bytes(b"old")
    with pytest.raises(UsageProblem) as refused:
        files.write_file(b"new", target, force=False)
    assert str(refused.value) == f"{target}: already exists; add --force to replace it"
    assert refused.value.exit_code == USAGE
    assert target.read_bytes() == b"old"
    assert listing(tmp_path) == ["msec.ics"]


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o444])
def test_force_replaces_a_regular_file_keeping_its_mode(tmp_path: Path, mode: int) -> None:
    target = tmp_path / "msec.ics"
    target.write_bytes(b"old")
    target.chmod(mode)
    files.write_file(b"new", target, force=True)
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == mode
    assert listing(tmp_path) == ["msec.ics"]


@pytest.mark.parametrize("leads_to", ["another file", "nowhere"])
def test_a_link_at_the_target_is_kept_without_force(tmp_path: Path, leads_to: str) -> None:
    other = tmp_path / "other.txt"
    if leads_to == "another file":
        other.write_bytes(b"someone else's file")
    target = tmp_path / "msec.ics"
    target.symlink_to(other)
    with pytest.raises(UsageProblem) as refused:
        files.write_file(b"new", target, force=False)
    assert str(refused.value) == f"{target}: already exists; add --force to replace it"
    assert target.is_symlink() and os.readlink(target) == str(other)
    if leads_to == "another file":
        assert other.read_bytes() == b"someone else's file"
        assert listing(tmp_path) == ["msec.ics", "other.txt"]
    else:
        assert listing(tmp_path) == ["msec.ics"]


@pytest.mark.parametrize("leads_to", ["another file", "nowhere"])
def test_force_replaces_no_link_and_says_where_it_leads(tmp_path: Path, leads_to: str) -> None:
    other = tmp_path / "other.txt"
    if leads_to == "another file":
        other.write_bytes(b"someone else's file")
    target = tmp_path / "msec.ics"
    target.symlink_to(other)
    with pytest.raises(UsageProblem) as refused:
        files.write_file(b"new", target, force=True)
    assert str(refused.value) == (
        f"{target}: is a link to {other}; msecwg replaces no link, even with --force: "
        "give the file's own name"
    )
    assert target.is_symlink() and os.readlink(target) == str(other)
    if leads_to == "another file":
        assert other.read_bytes() == b"someone else's file"


@pytest.mark.parametrize("force", [False, True])
@pytest.mark.parametrize("planted", ["a link to another file", "a dangling link", "a directory"])
def test_what_is_planted_at_a_fixed_temporary_name_is_never_written_through(
    tmp_path: Path, force: bool, planted: str
) -> None:
    other = tmp_path / "other.txt"
    partial = tmp_path / FIXED_PARTIAL.format(name="msec.ics")
    if planted == "a directory":
        partial.mkdir()
    else:
        partial.symlink_to(other)
    if planted == "a link to another file":
        other.write_bytes(b"someone else's file")
    files.write_file(b"new", tmp_path / "msec.ics", force=force)
    assert (tmp_path / "msec.ics").read_bytes() == b"new"
    assert partial.is_dir() if planted == "a directory" else partial.is_symlink()
    if planted == "a link to another file":
        assert other.read_bytes() == b"someone else's file"
        assert listing(tmp_path) == sorted(["msec.ics", partial.name, "other.txt"])
    else:
        assert listing(tmp_path) == sorted(["msec.ics", partial.name])


def special_file(tmp_path: Path, kind: str) -> Path:
    """Make a special file of this kind at tmp_path/msec.ics and answer its path."""
    target = tmp_path / "msec.ics"
    if kind == "FIFO":
        os.mkfifo(target)
    elif kind == "directory":
        target.mkdir()
    elif kind == "socket":
        listening = socket.socket(socket.AF_UNIX)
        listening.bind(str(target))
        listening.close()
    elif kind == "character device":
        try:
            os.mknod(target, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # like /dev/null
        except PermissionError:
            pytest.skip("making a device node needs privileges")
    elif kind == "link to a character device":
        target.symlink_to("/dev/null")
    elif kind == "link to a directory":
        target.symlink_to(tmp_path)
    return target


@pytest.mark.parametrize("force", [False, True])
@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("directory", "is a directory; give a file name"),
        ("link to a directory", "is a directory; give a file name"),
        ("FIFO", "is a FIFO; give the name of a regular file"),
        ("socket", "is a socket; give the name of a regular file"),
        ("character device", "is a character device; give the name of a regular file"),
        ("link to a character device", "is a link to a character device; give the name of a regular file"),
    ],
)  # fmt: skip
def test_a_folder_device_fifo_or_socket_at_the_target_is_never_replaced(
    tmp_path: Path, force: bool, kind: str, message: str
) -> None:
    target = special_file(tmp_path, kind)
    before = os.lstat(target)
    with pytest.raises(UsageProblem) as refused:
        files.write_file(b"new", target, force=force)
    assert str(refused.value) == f"{target}: {message}"
    after = os.lstat(target)
    assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)
    assert listing(tmp_path) == ["msec.ics"]


def test_a_missing_folder_is_refused_and_nothing_made(tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "msec.ics"
    with pytest.raises(UsageProblem) as refused:
        files.write_file(b"new", target, force=True)
    assert str(refused.value) == f"{target}: the directory {target.parent} does not exist"
    assert listing(tmp_path) == []


def test_a_file_where_the_folder_should_be_is_refused_as_a_missing_folder(tmp_path: Path) -> None:
    (tmp_path / "notes").write_text("")
    target = tmp_path / "notes" / "msec.ics"
    with pytest.raises(UsageProblem) as refused:
        files.write_file(b"new", target, force=False)
    assert str(refused.value) == f"{target}: the directory {target.parent} does not exist"


# Writing: stdout.


@pytest.mark.parametrize("path", [None, Path("-")])
def test_no_path_and_a_dash_write_to_stdout(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsysbinary: pytest.CaptureFixture[bytes],
    path: Path | None,
) -> None:
    monkeypatch.chdir(tmp_path)
    files.write_file(b"BEGIN:VCALENDAR\r\n", path, force=False)
    assert capsysbinary.readouterr().out == b"BEGIN:VCALENDAR\r\n"
    assert listing(tmp_path) == []


def test_a_full_stdout_is_one_line_and_exit_1(tmp_path: Path) -> None:
    program = (
        "import sys\n"
        "from pathlib import Path\n"
        "from msecwg.store import files\n"
        "from msecwg.errors import MsecwgError\n"
        "try:\n"
        "    files.write_file(b'BEGIN:VCALENDAR', Path('-'), force=False)\n"
        "except MsecwgError as problem:\n"
        "    sys.exit(f'msecwg: {problem}')\n"
    )
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-c", program], stdout=full, stderr=subprocess.PIPE, text=True,
            cwd=tmp_path, timeout=30, check=False,
        )  # fmt: skip
    assert (done.returncode, done.stderr) == (
        1,
        "msecwg: stdout: cannot write (no space left on device)\n",
    )
    assert listing(tmp_path) == []


# Writing: a broken environment is one line and exit 1.


def test_a_name_too_long_is_one_line_and_exit_1(tmp_path: Path) -> None:
    target = tmp_path / ("x" * 300 + ".ics")
    with pytest.raises(WriteError) as refused:
        files.write_file(b"new", target, force=False)
    assert str(refused.value) == f"{target}: cannot write the file (file name too long)"
    assert refused.value.exit_code == BAD_DATA
    assert listing(tmp_path) == []


def failing(monkeypatch: pytest.MonkeyPatch, name: str, code: int, when: Any) -> None:
    """Make os.NAME fail with this errno when `when(first argument)` is true."""
    real = getattr(os, name)

    def fail(first: Any, *args: Any, **kwargs: Any) -> Any:
        if when(first):
            raise OSError(code, os.strerror(code))
        return real(first, *args, **kwargs)

    monkeypatch.setattr(os, name, fail)


def test_a_folder_without_search_permission_is_one_line_and_exit_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Permission bits do not stop root, so the refusal itself is simulated.
    target = tmp_path / "msec.ics"
    failing(monkeypatch, "lstat", errno.EACCES, lambda path: Path(path) == target)
    with pytest.raises(WriteError) as refused:
        files.write_file(b"new", target, force=False)
    assert str(refused.value) == f"{target}: cannot write the file (permission denied)"
    assert refused.value.exit_code == BAD_DATA


def test_a_folder_without_write_permission_is_one_line_and_exit_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "msec.ics"
    failing(monkeypatch, "open", errno.EACCES, lambda path: Path(path).parent == tmp_path)
    with pytest.raises(WriteError) as refused:
        files.write_file(b"new", target, force=False)
    assert str(refused.value) == f"{target}: cannot write the file (permission denied)"
    assert listing(tmp_path) == []


@pytest.mark.skipif(AS_ROOT, reason="root writes in any folder")
@pytest.mark.parametrize("mode", [0o600, 0o500])
def test_a_folder_without_search_or_write_permission_is_one_line_for_real(
    tmp_path: Path, mode: int
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    folder.chmod(mode)
    try:
        with pytest.raises(WriteError) as refused:
            files.write_file(b"new", folder / "msec.ics", force=False)
    finally:
        folder.chmod(0o700)
    assert str(refused.value) == f"{folder / 'msec.ics'}: cannot write the file (permission denied)"
    assert listing(folder) == []


@pytest.mark.parametrize("step", ["write", "fsync"])
def test_a_full_disk_is_one_line_and_leaves_the_old_file_and_nothing_else(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    target = tmp_path / "msec.ics"
    target.write_bytes(b"old")
    failing(monkeypatch, step, errno.ENOSPC, lambda fd: fd > 2)
    with pytest.raises(WriteError) as refused:
        files.write_file(b"new", target, force=True)
    assert str(refused.value) == f"{target}: cannot write the file (no space left on device)"
    assert refused.value.exit_code == BAD_DATA
    assert target.read_bytes() == b"old"
    assert listing(tmp_path) == ["msec.ics"]


# Writing: signals mid-write, and runs at the same moment, in child processes.

WRITER = """
import os, signal, sys
from pathlib import Path
from msecwg.store import files
from msecwg.errors import MsecwgError
target, payload, force = Path(sys.argv[1]), sys.argv[2].encode() * 50_000, sys.argv[3] == "force"
# As a terminal leaves them, whatever the test run inherited (nohup, a background job).
signal.signal(signal.SIGINT, signal.default_int_handler)
signal.signal(signal.SIGTERM, signal.SIG_DFL)
signal.signal(signal.SIGHUP, signal.SIG_DFL)
{prelude}
try:
    files.write_file(payload, target, force=force)
except MsecwgError as problem:
    print(problem, flush=True)
    sys.exit(problem.exit_code)
"""

# In the child: the write stops before syncing the file until a line comes on stdin.
PAUSED_BEFORE_SYNC = """
synced = os.fsync
def paused(fd):
    os.fsync = synced
    print("writing", flush=True)
    sys.stdin.readline()
    synced(fd)
os.fsync = paused
"""


def writer(target: Path, payload: str, *, force: bool, prelude: str) -> subprocess.Popen[str]:
    """Start a child that writes the payload (repeated) to the target."""
    return subprocess.Popen(
        [sys.executable, "-c", WRITER.format(prelude=prelude), str(target), payload,
         "force" if force else "keep"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP])
def test_a_signal_mid_write_removes_the_temporary_file_and_keeps_the_old_one(
    tmp_path: Path, signum: int
) -> None:
    target = tmp_path / "msec.ics"
    target.write_bytes(b"old")
    child = writer(target, "new ", force=True, prelude=PAUSED_BEFORE_SYNC)
    assert child.stdout is not None and child.stdin is not None
    assert child.stdout.readline() == "writing\n"
    assert len(listing(tmp_path)) == 2  # the temporary file, mid-write
    child.send_signal(signum)
    _, errors = child.communicate(timeout=30)
    assert child.returncode == -signum, errors
    assert target.read_bytes() == b"old"
    assert listing(tmp_path) == ["msec.ics"]


def test_an_ignored_hangup_does_not_stop_the_write(tmp_path: Path) -> None:
    target = tmp_path / "msec.ics"
    ignored = f"signal.signal(signal.SIGHUP, signal.SIG_IGN)\n{PAUSED_BEFORE_SYNC}"
    child = writer(target, "new ", force=False, prelude=ignored)
    assert child.stdout is not None
    assert child.stdout.readline() == "writing\n"
    child.send_signal(signal.SIGHUP)
    _, errors = child.communicate("\n", timeout=30)
    assert child.returncode == 0, errors
    assert target.read_bytes() == b"new " * 50_000
    assert listing(tmp_path) == ["msec.ics"]


def test_a_signal_whose_handler_lets_the_program_go_on_is_one_line_and_exit_1(
    tmp_path: Path,
) -> None:
    target = tmp_path / "msec.ics"
    target.write_bytes(b"old")
    handled = f"signal.signal(signal.SIGTERM, lambda signum, frame: None)\n{PAUSED_BEFORE_SYNC}"
    child = writer(target, "new ", force=True, prelude=handled)
    assert child.stdout is not None
    assert child.stdout.readline() == "writing\n"
    child.send_signal(signal.SIGTERM)
    out, errors = child.communicate(timeout=30)
    assert (child.returncode, out) == (BAD_DATA, f"{target}: not written (SIGTERM)\n"), errors
    assert target.read_bytes() == b"old"
    assert listing(tmp_path) == ["msec.ics"]


def test_a_write_from_another_thread_than_the_main_one_works(tmp_path: Path) -> None:
    target = tmp_path / "msec.ics"
    failures: list[BaseException] = []

    def write() -> None:
        try:
            files.write_file(b"new", target, force=False)
        except BaseException as failure:
            failures.append(failure)

    thread = threading.Thread(target=write)
    thread.start()
    thread.join(timeout=30)
    assert failures == []
    assert target.read_bytes() == b"new"
    assert listing(tmp_path) == ["msec.ics"]


class Runs(NamedTuple):
    """What writers started together did: each one's exit code and output, and every
    content the target was seen to have while they ran (b"" for no file)."""

    outcomes: list[tuple[int, str]]
    seen: set[bytes]


def all_at_once(target: Path, payloads: list[str], *, force: bool) -> Runs:
    """Start a writer per payload, wait until each has written its temporary file, let
    them all go on at once to put it in place, and read the target until they are done."""
    children = [writer(target, p, force=force, prelude=PAUSED_BEFORE_SYNC) for p in payloads]
    for child in children:
        assert child.stdout is not None
        assert child.stdout.readline() == "writing\n"
    for child in children:
        assert child.stdin is not None
        child.stdin.write("\n")
        child.stdin.flush()
    seen = set()
    while any(child.poll() is None for child in children):
        try:
            seen.add(target.read_bytes())
        except FileNotFoundError:
            seen.add(b"")
    outcomes = []
    for child in children:
        out, errors = child.communicate(timeout=60)
        assert "Traceback" not in errors, errors
        outcomes.append((child.returncode, out))
    return Runs(outcomes, seen)


PAYLOADS = [f"run {n} of 8: BEGIN:VCALENDAR ... END:VCALENDAR\n" for n in range(8)]
WHOLE = {(p * 50_000).encode() for p in PAYLOADS}


def test_runs_at_once_without_force_one_writes_and_the_others_refuse(tmp_path: Path) -> None:
    target = tmp_path / "msec.ics"
    outcomes, seen = all_at_once(target, PAYLOADS, force=False)
    winners = [n for n, (code, _) in enumerate(outcomes) if code == 0]
    assert len(winners) == 1
    refusal = f"{target}: already exists; add --force to replace it\n"
    assert [outcomes[n] for n in range(8) if n not in winners] == [(USAGE, refusal)] * 7
    assert target.read_text() == PAYLOADS[winners[0]] * 50_000
    assert seen <= {b"", target.read_bytes()}
    assert listing(tmp_path) == ["msec.ics"]


def test_runs_at_once_with_force_all_write_and_the_file_is_always_one_of_them_whole(
    tmp_path: Path,
) -> None:
    target = tmp_path / "msec.ics"
    target.write_text("old")
    outcomes, seen = all_at_once(target, PAYLOADS, force=True)
    assert outcomes == [(0, "")] * 8
    assert target.read_bytes() in WHOLE
    assert seen <= {b"old"} | WHOLE
    assert listing(tmp_path) == ["msec.ics"]
