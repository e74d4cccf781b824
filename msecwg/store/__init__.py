"""Finding, reading, checking and caching transcriptions, their minutes and facts, and the
group record."""
