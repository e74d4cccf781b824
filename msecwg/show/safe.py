"""Text from a transcription made safe to show: no byte of it can steer a terminal.

A transcription is a file anyone can edit or send, so its text may carry escape
sequences (colours, OSC 8 links, OSC 52 clipboard writes) or bidirectional
overrides that make a line read differently from what it holds.
"""

# Line breaks and tabs become spaces; every other C0 control character, DEL,
# every C1 control character and the bidirectional embedding, override and
# isolate characters are removed. All of them are in Unicode's categories Cc and
# Cf, for which str.isprintable() is false: text it calls printable has none.
_BIDI = [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_SPACES = dict.fromkeys(map(ord, "\t\n\r"), " ")
_REMOVED = dict.fromkeys([*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0), *_BIDI])
_TABLE = {**_REMOVED, **_SPACES}
# JSON encoders escape C0 already; these are escaped too.
_JSON_ESCAPES = {c: f"\\u{c:04x}" for c in [0x7F, *range(0x80, 0xA0), *_BIDI]}


def clean(text: str) -> str:
    """Answer the text with its control and bidirectional-override characters taken out
    (tabs and line breaks become spaces); text without them comes back unchanged."""
    return text if text.isprintable() else text.translate(_TABLE)


def escape_json(encoded: str) -> str:
    """Answer JSON text with DEL, C1 controls and bidirectional overrides written as
    \\uXXXX escapes (JSON encoders already escape C0), so the document means the
    same but shows nothing that can steer a terminal."""
    if encoded.isascii() and "\x7f" not in encoded:
        return encoded
    return encoded.translate(_JSON_ESCAPES)
