"""Reading and writing files, the one module that opens them (POSIX only): regular files only,
read within a limit; each written whole or not at all, never through a link or over what it was
not told to replace; every failure a MsecwgError of one line."""

from __future__ import annotations

import errno
import os
import signal
import stat
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
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
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFIFO: "a FIFO",
    stat.S_IFSOCK: "a socket",
}
# Folders that cannot be synced (some file systems, folders msecwg may not open).
_FOLDER_NOT_SYNCABLE = {errno.EINVAL, errno.EACCES, errno.EPERM, errno.EOPNOTSUPP, errno.EBADF}
_EXISTS = "{}: already exists; add --force to replace it"
_STOPPING_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
_Handler = Callable[[int, FrameType | None], Any] | int | signal.Handlers | None


def _kind(mode: int) -> str:
    """Answer what a file of this st_mode is, as words ("a FIFO", "a directory")."""
    return _KINDS.get(stat.S_IFMT(mode), "a special file")


def _size(n: int) -> str:
    """Answer a number of bytes as messages give it: in MiB from 1 MiB up."""
    return f"{n / 2**20:.0f} MiB" if n >= 2**20 else f"{n} bytes"


def reason(error: OSError) -> str:
    """Answer the system's reason for a failure, as words in a message ("file name too long")."""
    words = error.strerror or os.strerror(error.errno or 0)
    return words[:1].lower() + words[1:]


def _not_regular(path: Path, what: str, mode: int) -> str:
    """Answer the message refusing to read a file of this mode, which is not a regular file."""
    if stat.S_ISDIR(mode):
        return f"{path}: is a directory, not a {what} file"
    return f"{path}: is {_kind(mode)}, not a {what} file; give a regular file"


def read_text(path: Path, what: str, limit: int = MAX_BYTES) -> str:
    """Answer the text of the regular file at `path`, refused (DataError) as read_bytes refuses."""
    return decode_text(read_bytes(path, what, limit), path)


def read_bytes(path: Path, what: str, limit: int = MAX_BYTES) -> bytes:
    """Answer the bytes of the regular `what` file at `path` up to `limit`, else DataError."""
    try:
        fd = os.open(path, _READ_FLAGS)
    except FileNotFoundError:
        raise DataError(f"{path}: no such file") from None
    except OSError as error:
        if error.errno in (errno.ENXIO, errno.EISDIR):  # a socket, a device, a folder
            with suppress(OSError):
                raise DataError(_not_regular(path, what, os.stat(path).st_mode)) from None
        raise DataError(f"{path}: cannot read the file ({reason(error)})") from None
    try:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            raise DataError(_not_regular(path, what, status.st_mode))
        if status.st_size > limit:
            raise DataError(
                f"{path}: too large for a {what} file ({_size(status.st_size)}; "
                f"the limit is {_size(limit)})"
            )
        os.set_blocking(fd, True)
        with open(fd, "rb", closefd=False) as file:
            data = file.read(status.st_size + 1)
            if len(data) > status.st_size:  # it grew after the check, or reports too little
                data += file.read(limit + 1 - len(data))
    except OSError as error:
        raise DataError(f"{path}: cannot read the file ({reason(error)})") from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise DataError(
            f"{path}: too large for a {what} file (more than the limit of {_size(limit)})"
        )
    return data


def decode_text(data: bytes, path: Path) -> str:
    """Answer bytes read from `path` as text, "\n" line ends; refused (DataError) if not UTF-8."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise DataError(f"{path}: not UTF-8 text (byte {error.start}); save it as UTF-8") from None
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def write_file(data: bytes, path: Path | None, *, force: bool) -> None:
    """Write `data` whole to `path` (stdout for None or "-"); `force` replaces a regular file."""
    if path is None or str(path) == "-":
        try:
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        except OSError as error:
            raise WriteError(f"stdout: cannot write ({reason(error)})") from None
        return
    try:
        mode = _replaceable(path, force=force)
        with _signals_stop_the_write(path):
            _put(data, path, mode, claim=not force, sync=True)
    except OSError as error:
        raise WriteError(f"{path}: cannot write the file ({reason(error)})") from None


def keep(data: bytes, path: Path) -> bool:
    """Put `data` whole at `path` for a cache, private, unsynced; answer whether it was written."""
    try:
        _put(data, path, 0o600, claim=False, sync=False)
    except OSError:
        return False
    return True


def _replaceable(path: Path, *, force: bool) -> int | None:
    """Answer the mode of the regular file at `path` a write replaces (None: nothing there)."""
    try:
        here = os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        if not os.path.isdir(path.parent):
            raise UsageProblem(f"{path}: the directory {path.parent} does not exist") from None
        return None
    try:
        named = os.stat(path).st_mode  # where a link leads
    except OSError:
        named = stat.S_IFREG  # a link that leads nowhere, kept as any link is
    if stat.S_ISDIR(named):
        raise UsageProblem(f"{path}: is a directory; give a file name")
    if not stat.S_ISREG(named):
        link = "a link to " if stat.S_ISLNK(here.st_mode) else ""
        raise UsageProblem(f"{path}: is {link}{_kind(named)}; give the name of a regular file")
    if not force:
        raise UsageProblem(_EXISTS.format(path))
    if stat.S_ISLNK(here.st_mode):
        raise UsageProblem(
            f"{path}: is a link to {os.readlink(path)}; msecwg replaces no link, "
            "even with --force: give the file's own name"
        )
    return stat.S_IMODE(here.st_mode) & 0o777


def _put(data: bytes, path: Path, mode: int | None, *, claim: bool, sync: bool) -> None:
    """Put `data` at `path` through a new temporary file beside it, removed however this ends."""
    temporary: Path | None = None
    fd = -1
    try:
        with signals_held():
            name = path.parent / f".msecwg-{os.urandom(12).hex()}.partial"
            fd = os.open(name, _NEW_FILE_FLAGS, 0o666 if mode is None else 0o600)
            temporary = name
        if mode is not None:
            os.fchmod(fd, mode)
        rest = memoryview(data)
        while rest:
            rest = rest[os.write(fd, rest) :]
        if sync:
            os.fsync(fd)
        os.close(fd)
        fd = -1
        if claim:
            try:
                os.close(os.open(path, _NEW_FILE_FLAGS, 0o600))
            except FileExistsError:
                raise UsageProblem(_EXISTS.format(path)) from None
        try:
            os.replace(temporary, path)
        except BaseException:
            if claim:
                path.unlink(missing_ok=True)
            raise
        temporary = None
        if sync:
            _sync_folder(path.parent)
    finally:
        with signals_held():
            if fd >= 0:
                os.close(fd)
            if temporary is not None:
                temporary.unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    """Sync a folder so that a new name in it survives a crash, where it can be synced."""
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as error:
        if error.errno not in _FOLDER_NOT_SYNCABLE:
            raise


class _Stopped(BaseException):
    """A stopping signal arrived during a write (a BaseException: no error handler takes it)."""


def _stop(signum: int, frame: FrameType | None) -> None:
    """Stop the write: the handler of a stopping signal during it."""
    raise _Stopped(signum)


@contextmanager
def _signals_stop_the_write(path: Path) -> Iterator[None]:
    """Answer a block that SIGINT, SIGTERM and SIGHUP stop, raised again after it as before."""
    former: dict[int, _Handler] = {}
    stopped: int | None = None
    try:
        with signals_held():
            for signum in _STOPPING_SIGNALS:
                if signal.getsignal(signum) in (signal.SIG_IGN, None):
                    continue
                try:
                    former[signum] = signal.signal(signum, _stop)
                except ValueError:  # not the main thread
                    break
        yield
    except _Stopped as received:
        stopped = received.args[0]
    finally:
        with signals_held():
            for number, handler in former.items():
                signal.signal(number, handler)
    if stopped is not None:
        signal.raise_signal(stopped)
        raise WriteError(f"{path}: not written ({signal.Signals(stopped).name})")


@contextmanager
def signals_held() -> Iterator[None]:
    """Answer a block during which the stopping signals wait."""
    former = signal.pthread_sigmask(signal.SIG_BLOCK, _STOPPING_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, former)
