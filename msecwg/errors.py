"""The errors msecwg reports to people, and the exit codes it uses."""

OK = 0
BAD_DATA = 1
USAGE = 2
OVERDUE = 3
SKIPPED = 4  # some files were left out, each named on stderr with why; the others were used
INTERNAL = 70  # sysexits.h EX_SOFTWARE: a bug in msecwg, not in its input
INTERRUPTED = 130  # 128 + SIGINT, as shells report a process Ctrl-C ended


class MsecwgError(Exception):
    """An expected failure, reported as one line on stderr with its exit code."""

    exit_code = BAD_DATA


class DataError(MsecwgError):
    """A transcription or minutes file that cannot be read or does not validate."""


class UsageProblem(MsecwgError):
    """A command-line value that cannot be used as given (an output file, say)."""

    exit_code = USAGE


class WriteError(MsecwgError):
    """A file that cannot be written: a folder refusing it, a full disk, an interrupted write."""
