"""Run msecwg as `python -m msecwg`."""

from msecwg.cli import run

run()
