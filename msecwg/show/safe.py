"""Text from a transcription (anyone can edit or send one) made safe to show: no escape sequence
or bidirectional override in it can steer a terminal; a line on stderr is bounded."""

import re

# Line breaks and tabs become spaces; every other C0 control character, DEL,
# every C1 control character and the bidirectional embedding, override and
# isolate characters are removed. All of them are in Unicode's categories Cc and
# Cf, for which str.isprintable() is false: text it calls printable has none.
_BIDI = [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_TABLE: dict[int, str | None] = dict.fromkeys([*range(0x00, 0x20), *range(0x7F, 0xA0), *_BIDI])
_TABLE.update(dict.fromkeys(map(ord, "\t\n\r"), " "))
_JSON_ESCAPED = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean(text: str) -> str:
    """Answer the text with its control and bidirectional-override characters taken out
    (tabs and line breaks become spaces); text without them comes back unchanged."""
    return text if text.isprintable() else text.translate(_TABLE)


def escape_json(encoded: str) -> str:
    """Answer JSON text with DEL, C1 controls and bidirectional overrides written as
    \\uXXXX escapes (JSON encoders already escape C0): the same document, shown safely."""
    if encoded.isascii() and "\x7f" not in encoded:
        return encoded
    return _JSON_ESCAPED.sub(lambda c: f"\\u{ord(c.group()):04x}", encoded)


# Every character above that TOML text can hold only as an escape: all but tabs and
# line feeds (TOML's own line end); in strings as \u001b, in comments as Python writes
# them (\x1b: a comment has no escapes of its own).
_STEERING_CODES = [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0), *_BIDI]
_STEERING = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_IN_STRINGS = {c: f"\\u{c:04x}" for c in _STEERING_CODES}
_IN_COMMENTS = {c: repr(chr(c))[1:-1] for c in _STEERING_CODES}
# A TOML comment, or a string of any of TOML's four kinds; what lies between them
# (keys, numbers, dates, brackets) holds none of these characters.
_TOML_PART = re.compile(
    r"#[^\n]*"
    r'|"""[^"\\]*(?:(?:\\[\s\S]|"{1,2}(?!"))[^"\\]*)*"{3,5}'
    r'|"[^"\\\n]*(?:\\.[^"\\\n]*)*"'
    r"|'''[\s\S]*?'{3,5}"
    r"|'[^'\n]*'"
)


def escape_toml(document: str) -> str:
    """Answer TOML text with each character that can steer a terminal escaped (\\uXXXX in strings,
    "\\x85" in comments): the same document; one without them comes back unchanged."""
    printable = document.replace("\n", "").replace("\t", "").isprintable()
    if printable or _STEERING.search(document) is None:
        return document
    return _TOML_PART.sub(_escaped_part, document)


def _escaped_part(found: re.Match[str]) -> str:
    """Answer a comment or string of a TOML document with its steering characters escaped."""
    part = found.group(0)
    if _STEERING.search(part) is None:
        return part
    escapes = _IN_COMMENTS if part.startswith("#") else _IN_STRINGS
    if part.startswith(("#", '"')):
        return _STEERING.sub(lambda c: escapes[ord(c.group())], part)
    quotes = '"""' if part.startswith("'''") else '"'
    text = part[len(quotes) : -len(quotes)].replace("\\", "\\\\").replace('"', '\\"')
    return quotes + _STEERING.sub(lambda c: escapes[ord(c.group())], text) + quotes


LINE = 400
"""The most characters msecwg shows in one line on stderr."""


def bounded(line: str) -> str:
    """Answer a line of at most LINE characters, a longer one's middle left out: "… and 14,210
    more characters …"."""
    if len(line) <= LINE:
        return line
    tail = LINE // 5
    head = LINE - tail - len(f" … and {len(line):,} more characters … ")
    left_out = f" … and {len(line) - head - tail:,} more characters … "
    return line[:head] + left_out + line[len(line) - tail :]
