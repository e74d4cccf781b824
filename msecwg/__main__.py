"""Run msecwg: the console script's entry point, and `python -m msecwg`."""

import gc
import os
import signal
import sys
from types import FrameType

INTERRUPTED = 130  # as msecwg.errors says; not imported here, so that nothing loads first


def _interrupted(signum: int, frame: FrameType | None) -> None:
    """End at Ctrl-C while msecwg is loading, before it can say so itself."""
    os.write(2, b"msecwg: interrupted\n")
    os._exit(INTERRUPTED)


signal.signal(signal.SIGINT, _interrupted)


def main() -> None:
    """Run the command line, with a short start-up, and end at Ctrl-C, whenever it
    comes, with one line and exit code 130.

    Python's cyclic garbage collector stays paused for the whole run, and what the
    loaded modules made is frozen, so that the collection at exit does not scan it.
    A run is short and makes almost no cyclic garbage (the same peak memory with the
    collector paused, on a thousand meetings), while collections set off by the
    records it reads would scan every record read so far, over and over: pausing
    takes about 13% of the instructions off `msecwg drafts --json` and a third of the
    time off `msecwg people --json` on a thousand meetings.
    """
    gc.disable()
    from msecwg.commands.cli import run

    gc.freeze()
    # From here on, Ctrl-C is a KeyboardInterrupt, which the command line turns into
    # its one line once it has cleaned up (a calendar file half written, say).
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        run()
    except KeyboardInterrupt:
        os.write(2, b"msecwg: interrupted\n")
        sys.exit(INTERRUPTED)
    finally:
        # The command is done and the process ending: Ctrl-C now can only interrupt
        # the interpreter's own shutdown, with a traceback.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        gc.freeze()


if __name__ == "__main__":
    main()
