"""Text from a transcription (anyone can edit or send one) made safe to show: no escape sequence
or bidirectional override in it can steer a terminal; a line on stderr is bounded."""

import re

# C0 and C1 controls, DEL and the bidirectional embeddings, overrides and isolates: all
# in categories Cc and Cf, which str.isprintable() rejects. Tabs and line breaks become spaces.
_BIDI = [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_CONTROLS = [*range(0x00, 0x20), *range(0x7F, 0xA0), *_BIDI]
_TABLE: dict[int, str | None] = dict.fromkeys(_CONTROLS) | dict.fromkeys(map(ord, "\t\n\r"), " ")
_JSON_ESCAPED_CHARS = [chr(c) for c in (*range(0x7F, 0xA0), *_BIDI)]
_JSON_ESCAPED = re.compile(f"[{re.escape(''.join(_JSON_ESCAPED_CHARS))}]")


def clean(text: str) -> str:
    """Answer the text with its control and bidirectional-override characters taken out."""
    return text if text.isprintable() else text.translate(_TABLE)


def escape_json(encoded: str) -> str:
    """Answer JSON text with DEL, C1 controls and bidirectional overrides escaped (\\uXXXX)."""
    if encoded.isascii() and "\x7f" not in encoded:
        return encoded
    if not any(c in encoded for c in _JSON_ESCAPED_CHARS):
        return encoded  # a search for each is faster than one for any of them
    return _JSON_ESCAPED.sub(lambda c: f"\\u{ord(c.group()):04x}", encoded)


# The characters above but tabs and line feeds: TOML holds them only as escapes, \u001b in
# strings; a comment has no escapes of its own, so in one they are written as Python's \x1b.
_STEERING_CODES = [c for c in _CONTROLS if c not in (0x09, 0x0A)]
_STEERING = re.compile(f"[{re.escape(''.join(map(chr, _STEERING_CODES)))}]")
_IN_STRINGS = {c: f"\\u{c:04x}" for c in _STEERING_CODES}
_IN_COMMENTS = {c: repr(chr(c))[1:-1] for c in _STEERING_CODES}
# A TOML comment, or a string of any of its four kinds (what lies between holds none of them).
_TOML_PART = re.compile(
    r"#[^\n]*"
    r'|"""[^"\\]*(?:(?:\\[\s\S]|"{1,2}(?!"))[^"\\]*)*"{3,5}'
    r'|"[^"\\\n]*(?:\\.[^"\\\n]*)*"'
    r"|'''[\s\S]*?'{3,5}"
    r"|'[^'\n]*'"
)


def escape_toml(document: str) -> str:
    """Answer TOML text with each character that can steer a terminal escaped: the same document."""
    if document.replace("\n", "").replace("\t", "").isprintable() or not _STEERING.search(document):
        return document
    return _TOML_PART.sub(_escaped_part, document)


def _escaped_part(found: re.Match[str]) -> str:
    """Answer a comment or string of a TOML document with its steering characters escaped."""
    part = found.group(0)
    if part.startswith(("#", '"')) or _STEERING.search(part) is None:
        return part.translate(_IN_COMMENTS if part.startswith("#") else _IN_STRINGS)
    quotes = '"""' if part.startswith("'''") else '"'
    text = part[len(quotes) : -len(quotes)].replace("\\", "\\\\").replace('"', '\\"')
    return quotes + text.translate(_IN_STRINGS) + quotes


LINE = 400
"""The most characters msecwg shows in one line on stderr."""


def bounded(line: str) -> str:
    """Answer a line of at most LINE characters, a longer one's middle left out (…)."""
    if len(line) <= LINE:
        return line
    tail = LINE // 5
    head = LINE - tail - len(f" … and {len(line):,} more characters … ")
    left_out = f" … and {len(line) - head - tail:,} more characters … "
    return line[:head] + left_out + line[len(line) - tail :]
