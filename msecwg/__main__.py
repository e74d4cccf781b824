"""Run msecwg: the console script's entry point, and `python -m msecwg`; Ctrl-C is msecwg's from
the first line, set through `_signal` (loaded before any script runs; `signal` costs a ms)."""

import os

TYPE_CHECKING = False
if TYPE_CHECKING:
    import signal as _signal
    from types import FrameType
else:
    import _signal

INTERRUPTED = 130  # as msecwg.errors says; not imported here, so that nothing loads first
LOADING, RUNNING, ENDING = 0, 1, 2
_stage = LOADING


def _interrupted(signum: int, frame: "FrameType | None") -> None:
    """Answer Ctrl-C by the run's _stage: while loading, end at once; while the command runs, raise
    KeyboardInterrupt, once, so that it cleans up and says so; after that, ignore it."""
    global _stage
    if _stage == RUNNING:
        _stage = ENDING
        raise KeyboardInterrupt
    if _stage == LOADING:
        os.write(2, b"msecwg: interrupted\n")
        os._exit(INTERRUPTED)


_signal.signal(_signal.SIGINT, _interrupted)


def main() -> None:
    """Run the command line, garbage collection paused (docs/performance.md); Ctrl-C exits 130."""
    global _stage
    import gc
    import sys

    gc.disable()
    from msecwg.commands.cli import app

    gc.freeze()
    try:
        _stage = RUNNING
        app(prog_name="msecwg")
    except KeyboardInterrupt:  # _interrupted has made the stage ENDING
        os.write(2, b"msecwg: interrupted\n")
        sys.exit(INTERRUPTED)
    finally:
        _stage = ENDING
        # Ignored, not handled, from here: Python gives a handled signal back to the
        # system as it ends, and a Ctrl-C then would kill the finished run.
        _signal.signal(_signal.SIGINT, _signal.SIG_IGN)
        gc.freeze()


if __name__ == "__main__":
    main()
