"""Pure questions: a transcription (or several) in, flat rows out; no I/O."""
