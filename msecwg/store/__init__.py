"""Finding, reading, checking and caching transcriptions, and the group record."""
