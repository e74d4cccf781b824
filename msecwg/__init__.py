"""msecwg: where the MSEC working group's work stands, from its IETF 57 minutes."""

__version__ = "0.1.0"
