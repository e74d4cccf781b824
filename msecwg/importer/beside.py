"""Work done beside this process: a call run in a copy of it while this one goes on.

Reading long minutes asks several questions of the same text, some of which do not
wait for one another. Where the system can copy a process (fork) and more than one
processor is free, one of them runs in the copy, and its answer comes back pickled
through a pipe; elsewhere, or for short minutes, it runs here when its answer is asked
for. Either way the answer is the same.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Generic, TypeVar

T = TypeVar("T")

WORTH = 256 * 1024
"""Characters of minutes from which a question is worth a process of its own: below
it, copying the process takes longer than the question saves."""


class Later(Generic[T]):
    """The answer of a call, to ask for once: from the copy it runs in, or made here."""

    def __init__(self, task: Callable[[], T], child: tuple[int, int] | None) -> None:
        self.task, self.child = task, child

    def __call__(self) -> T:
        """Answer what the call answers (raising what it raised)."""
        if self.child is None:
            return self.task()
        pid, pipe = self.child
        self.child = None
        with os.fdopen(pipe, "rb") as answer:
            data = answer.read()
        _, status = os.waitpid(pid, 0)
        if not data:
            raise RuntimeError(f"the process reading beside this one ended ({status:#x})")
        ok, value = pickle.loads(data)
        if not ok:
            raise value
        return value  # type: ignore[no-any-return]

    def close(self) -> None:
        """Stop the copy, where its answer was never asked for (this process failed)."""
        if self.child is not None:
            pid, pipe = self.child
            self.child = None
            os.close(pipe)
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)


@contextmanager
def beside(task: Callable[[], T], size: int) -> Iterator[Later[T]]:
    """Yield the answer of `task`, to ask for within the block: worked out meanwhile
    in a copy of this process where `size` (the minutes' characters) makes it worth
    one and the system allows it, else here when asked for."""
    later = Later(task, _started(task) if _worth(size) else None)
    try:
        yield later
    finally:
        later.close()


def _worth(size: int) -> bool:
    """Answer whether a question of minutes this long runs in a copy of this process."""
    if size < WORTH or not hasattr(os, "fork") or sys.platform == "darwin":
        return False  # macOS: a copy of a process that may have loaded its frameworks is unsafe
    free = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    return (len(free) if free is not None else os.cpu_count() or 1) > 1


def _started(task: Callable[[], object]) -> tuple[int, int]:
    """Start `task` in a copy of this process; answer the copy's pid and the pipe its
    answer comes through. The copy leaves Ctrl-C to this process, which stops it."""
    read, write = os.pipe()
    pid = os.fork()
    if pid:
        os.close(write)
        return pid, read
    try:  # the copy: answer, and end without running anything of this process's
        os.close(read)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            answer: tuple[bool, object] = (True, task())
        except Exception as failure:
            answer = (False, failure)
        try:
            data = pickle.dumps(answer)
        except Exception as failure:
            data = pickle.dumps((False, RuntimeError(f"{type(failure).__name__}: {failure}")))
        with os.fdopen(write, "wb") as out:
            out.write(data)
    finally:
        os._exit(0)
