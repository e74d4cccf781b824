"""Reading and writing files: the one module that opens them.

msecwg reads transcriptions, minutes and facts files people send each other, and
writes calendar files into shared folders, from cron and on every Tab of shell
completion. So it reads only regular files, and never more than a set limit of
them, whatever they claim to be; and it writes a file whole or not at all,
through a temporary file of its own, never through a link someone left, never
over something it was not told to replace. Every failure is a MsecwgError of one
line. POSIX systems only.
"""

from __future__ import annotations

import errno
import os
import signal
import stat
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any

from msecwg.errors import DataError, UsageProblem, WriteError

# Far above any real meeting's transcription (the bundled one is 20 KB), and low
# enough that a wrong or hostile file is refused before it is read into memory.
MAX_BYTES = 16 * 2**20

_READ_FLAGS = os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC
_NEW_FILE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
_KINDS = {
    stat.S_IFDIR: "a directory",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFIFO: "a FIFO",
    stat.S_IFSOCK: "a socket",
    stat.S_IFLNK: "a symbolic link",
}
# Folders that cannot be synced (some file systems, folders msecwg may not open).
_FOLDER_NOT_SYNCABLE = {errno.EINVAL, errno.EACCES, errno.EPERM, errno.EOPNOTSUPP, errno.EBADF}
_STOPPING_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
# A signal's handling, as signal.signal takes and answers it.
_Handler = Callable[[int, FrameType | None], Any] | int | signal.Handlers | None


def shown(path: Path | str) -> str:
    """Answer a path as a message shows it: as the person gave it, for them to find."""
    return str(path)


def kind(mode: int) -> str:
    """Answer what a file of this st_mode is, as words ("a FIFO", "a directory")."""
    return _KINDS.get(stat.S_IFMT(mode), "a special file")


def _size(n: int) -> str:
    """Answer a number of bytes as messages give it: in MiB from 1 MiB up."""
    return f"{n / 2**20:.0f} MiB" if n >= 2**20 else f"{n} bytes"


def _reason(error: OSError) -> str:
    """Answer the system's reason for a failure, as words in a message ("file name too long")."""
    words = error.strerror or os.strerror(error.errno or 0)
    return words[:1].lower() + words[1:]


# Reading.


def read_text(path: Path, what: str, limit: int = MAX_BYTES) -> str:
    """Answer the UTF-8 text of the regular file at `path`, a `what` file
    ("transcription", "minutes", "facts"), its line ends read as Python's text mode
    reads them ("\\r\\n" and "\\r" become "\\n").

    Refuses with DataError, as read_bytes does, and a file that is not UTF-8.
    """
    return decode_text(read_bytes(path, what, limit), path)


def read_bytes(path: Path, what: str, limit: int = MAX_BYTES) -> bytes:
    """Answer the bytes of the regular file at `path`, a `what` file.

    Refuses with DataError, in one line, a file that is missing or unreadable, is not
    a regular file (a directory, device, FIFO or socket: judged on the open file, and
    refused without waiting for a writer), or is larger than `limit` bytes (by its
    size, or by reading at most `limit` + 1 bytes, whatever size it reports).
    """
    try:
        fd = os.open(path, _READ_FLAGS)
    except OSError as error:
        raise DataError(_unopenable(path, what, error)) from None
    try:
        data = _read_regular(fd, path, what, limit)
    except OSError as error:
        raise DataError(f"{shown(path)}: cannot read the file ({_reason(error)})") from None
    finally:
        os.close(fd)
    return data


def _unopenable(path: Path, what: str, error: OSError) -> str:
    """Answer the message for a file that could not be opened for reading."""
    if isinstance(error, FileNotFoundError):
        return f"{shown(path)}: no such file"
    if isinstance(error, PermissionError):
        return f"{shown(path)}: cannot read the file (permission denied)"
    if isinstance(error, IsADirectoryError):
        return f"{shown(path)}: is a directory, not a {what} file"
    if error.errno == errno.ENXIO:  # a socket, or a device with nothing behind it
        try:
            return _not_regular(path, what, os.stat(path).st_mode)
        except OSError:
            pass
    return f"{shown(path)}: cannot read the file ({_reason(error)})"


def _not_regular(path: Path, what: str, mode: int) -> str:
    """Answer the message refusing to read a file of this mode, which is not a regular file."""
    if stat.S_ISDIR(mode):
        return f"{shown(path)}: is a directory, not a {what} file"
    return f"{shown(path)}: is {kind(mode)}, not a {what} file; give a regular file"


def _read_regular(fd: int, path: Path, what: str, limit: int) -> bytes:
    """Answer the bytes of the open file, refusing (DataError) one that is not a regular
    file or holds more than `limit` bytes; reads at most `limit` + 1 of them."""
    status = os.fstat(fd)
    if not stat.S_ISREG(status.st_mode):
        raise DataError(_not_regular(path, what, status.st_mode))
    if status.st_size > limit:
        raise DataError(
            f"{shown(path)}: too large for a {what} file ({_size(status.st_size)}; "
            f"the limit is {_size(limit)})"
        )
    os.set_blocking(fd, True)
    with open(fd, "rb", closefd=False) as file:
        data = file.read(status.st_size + 1)
        if len(data) > status.st_size:  # it grew after the check, or reports too little
            data += file.read(limit + 1 - len(data))
    if len(data) > limit:
        raise DataError(
            f"{shown(path)}: too large for a {what} file (more than the limit of {_size(limit)})"
        )
    return data


def decode_text(data: bytes, path: Path) -> str:
    """Answer the bytes read from `path` as text, its line ends read as Python's text
    mode reads them, refusing (DataError) bytes not UTF-8."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise DataError(
            f"{shown(path)}: not UTF-8 text (byte {error.start}); save it as UTF-8"
        ) from None
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


# Writing.


def write_file(data: bytes, path: Path | None, *, force: bool) -> None:
    """Write `data` to the file at `path`, or to stdout when `path` is None or "-".

    The file is written whole or not at all: to a new temporary file of a unique name
    in the same folder, created exclusively (never through a link), synced, then put
    in place and the folder synced. The temporary file is removed whatever happens,
    SIGINT, SIGTERM and SIGHUP included (the signal is then handled as it would have
    been). Without `force` nothing already at `path` is replaced, links (dangling ones
    too) included, even by a run at the same moment; with it, only a regular file,
    whose permission bits the new file keeps, and never a link.

    Refuses with UsageProblem a path whose folder does not exist, that names a folder,
    device, FIFO or socket (or a link to one), or that exists without `force`; with
    WriteError one that cannot be written (permission, full disk, name too long).
    """
    if path is None or str(path) == "-":
        _write_stdout(data)
        return
    mode = _replaceable(path, force=force)
    with _signals_stop_the_write(path):
        _write_in_place(data, path, mode, force=force)


def keep(data: bytes, path: Path) -> bool:
    """Put `data` at `path` whole, replacing what is there, for a cache: through a
    temporary file of its own (never through a link), private to the user, unsynced,
    since a cache lost to a crash is only made again. Answer whether it was written;
    a failure leaves nothing behind and is not an error."""
    temporary: Path | None = None
    try:
        with _signals_held():
            temporary, fd = _new_temporary(path.parent, 0o600)
        try:
            _write_all(fd, data)
        finally:
            os.close(fd)
        os.replace(temporary, path)
        temporary = None
        return True
    except OSError:
        return False
    finally:
        if temporary is not None:
            with _signals_held():
                temporary.unlink(missing_ok=True)


def _write_stdout(data: bytes) -> None:
    """Write the bytes to stdout, refusing (WriteError) when it cannot take them."""
    try:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    except OSError as error:
        raise WriteError(f"stdout: cannot write ({_reason(error)})") from None


def _replaceable(path: Path, *, force: bool) -> int | None:
    """Answer the permission bits of the regular file a write to `path` replaces (None
    when nothing, or a dangling link, is there); refuse (UsageProblem) a path in a
    missing folder, one that names anything but a regular file, and with `force` off,
    one where anything is; refuse (WriteError) a path that cannot be looked at."""
    try:
        here = os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        _require_folder(path)
        return None
    except OSError as error:
        raise WriteError(f"{shown(path)}: cannot write the file ({_reason(error)})") from None
    named = _named_by(path, here)
    if named is not None and stat.S_ISDIR(named.st_mode):
        raise UsageProblem(f"{shown(path)}: is a directory; give a file name")
    if named is not None and not stat.S_ISREG(named.st_mode):
        link = "a link to " if stat.S_ISLNK(here.st_mode) else ""
        raise UsageProblem(
            f"{shown(path)}: is {link}{kind(named.st_mode)}; give the name of a regular file"
        )
    if not force:
        raise UsageProblem(_exists(path))
    if stat.S_ISLNK(here.st_mode):
        raise UsageProblem(
            f"{shown(path)}: is a link to {shown(os.readlink(path))}; msecwg replaces no link, "
            "even with --force: give the file's own name"
        )
    return stat.S_IMODE(here.st_mode) & 0o777


def _exists(path: Path) -> str:
    """Answer the message refusing to write over what is at `path` without --force."""
    return f"{shown(path)}: already exists; add --force to replace it"


def _named_by(path: Path, here: os.stat_result) -> os.stat_result | None:
    """Answer the status of what `path` names: the file itself, or what the link there
    leads to (None when the link leads nowhere)."""
    if not stat.S_ISLNK(here.st_mode):
        return here
    try:
        return os.stat(path)
    except OSError:
        return None


def _require_folder(path: Path) -> None:
    """Refuse (UsageProblem) a path whose folder does not exist or is not a folder."""
    folder = path.parent
    try:
        is_folder = stat.S_ISDIR(os.stat(folder).st_mode)
    except (FileNotFoundError, NotADirectoryError):
        is_folder = False
    except OSError as error:
        raise WriteError(f"{shown(path)}: cannot write the file ({_reason(error)})") from None
    if not is_folder:
        raise UsageProblem(f"{shown(path)}: the directory {shown(folder)} does not exist")


def _write_in_place(data: bytes, path: Path, mode: int | None, *, force: bool) -> None:
    """Write the bytes to a temporary file beside `path`, sync it and put it in place
    (see write_file); remove the temporary file however this ends."""
    temporary: Path | None = None
    fd = -1
    try:
        with _signals_held():
            temporary, fd = _new_temporary(path.parent)
        if mode is not None:
            os.fchmod(fd, mode)
        _write_all(fd, data)
        os.fsync(fd)
        os.close(fd)
        fd = -1
        _put_in_place(temporary, path, force=force)
        _sync_folder(path)
    except OSError as error:
        raise WriteError(f"{shown(path)}: cannot write the file ({_reason(error)})") from None
    finally:
        with _signals_held():
            if fd >= 0:
                os.close(fd)
            if temporary is not None:
                temporary.unlink(missing_ok=True)


def _new_temporary(folder: Path, mode: int = 0o666) -> tuple[Path, int]:
    """Answer a new, empty file of a unique name in `folder`, created by this call (not
    through a link or over anything there) with permission bits `mode` (less the
    umask), and its descriptor open for writing."""
    temporary = folder / f".msecwg-{os.urandom(12).hex()}.partial"
    return temporary, os.open(temporary, _NEW_FILE_FLAGS, mode)


def _write_all(fd: int, data: bytes) -> None:
    """Write every byte to the open file."""
    rest = memoryview(data)
    while rest:
        rest = rest[os.write(fd, rest) :]


def _put_in_place(temporary: Path, path: Path, *, force: bool) -> None:
    """Give the temporary file the name `path`: with `force`, replacing what is there;
    without it, only if nothing is there at that moment (UsageProblem otherwise): the
    name is first claimed by creating it exclusively, so that `path` is never a partly
    written file and two runs at once never both write."""
    if not force:
        try:
            os.close(os.open(path, _NEW_FILE_FLAGS, 0o600))
        except FileExistsError:
            raise UsageProblem(_exists(path)) from None
    try:
        os.replace(temporary, path)
    except BaseException:
        if not force:
            path.unlink(missing_ok=True)
        raise


def _sync_folder(path: Path) -> None:
    """Sync the folder of `path` so that its new name survives a crash (where the file
    system and permissions allow a folder to be synced)."""
    try:
        fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError as error:
        if error.errno in _FOLDER_NOT_SYNCABLE:
            return
        raise
    try:
        os.fsync(fd)
    except OSError as error:
        if error.errno not in _FOLDER_NOT_SYNCABLE:
            raise
    finally:
        os.close(fd)


# Signals while writing.


class _Stopped(BaseException):
    """A stopping signal arrived during a write (a BaseException, like KeyboardInterrupt,
    so that no handler of ordinary errors takes it)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _stop(signum: int, frame: FrameType | None) -> None:
    """Stop the write: the handler of a stopping signal during it."""
    raise _Stopped(signum)


@contextmanager
def _signals_stop_the_write(path: Path) -> Iterator[None]:
    """Answer a block in which SIGINT, SIGTERM and SIGHUP (those not ignored) raise
    _Stopped, so that the write's clean-up runs; after the block, the signal is raised
    again with its former handling (SIGTERM ends the process, SIGINT raises
    KeyboardInterrupt), and if that lets the program go on, WriteError says the file
    was not written. Outside the main thread, where handlers cannot be set, signals
    keep their handling."""
    former: dict[int, _Handler] = {}
    stopped: int | None = None
    try:
        with _signals_held():
            former = _stop_on_signals()
        yield
    except _Stopped as signal_received:
        stopped = signal_received.signum
    finally:
        with _signals_held():
            for signum, handler in former.items():
                signal.signal(signum, handler)
    if stopped is not None:
        signal.raise_signal(stopped)
        raise WriteError(f"{shown(path)}: not written ({signal.Signals(stopped).name})")


def _stop_on_signals() -> dict[int, _Handler]:
    """Make each stopping signal not ignored raise _Stopped; answer the handlers replaced."""
    former: dict[int, _Handler] = {}
    for signum in _STOPPING_SIGNALS:
        if signal.getsignal(signum) in (signal.SIG_IGN, None):
            continue
        try:
            former[signum] = signal.signal(signum, _stop)
        except ValueError:  # not the main thread
            break
    return former


@contextmanager
def _signals_held() -> Iterator[None]:
    """Answer a block during which the stopping signals wait, delivered when it ends; for
    steps that must not be cut in two (creating a file and recording its name)."""
    former = signal.pthread_sigmask(signal.SIG_BLOCK, _STOPPING_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, former)
