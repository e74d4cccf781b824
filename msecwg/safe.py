"""Text from a transcription made safe to show: no byte of it can steer a terminal.

A transcription is a file anyone can edit or send, so its text may carry escape
sequences (colours, OSC 8 links, OSC 52 clipboard writes) or bidirectional
overrides that make a line read differently from what it holds.
"""

import re

# Line breaks and tabs become spaces; every other C0 control character, DEL,
# every C1 control character and the bidirectional embedding, override and
# isolate characters are removed.
_SPACES = dict.fromkeys(map(ord, "\t\n\r"), " ")
_REMOVED = dict.fromkeys(
    [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)
_TABLE = {**_REMOVED, **_SPACES}
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean(text: str) -> str:
    """Answer the text with its control and bidirectional-override characters taken out
    (tabs and line breaks become spaces); text without them comes back unchanged."""
    return text.translate(_TABLE) if _UNSAFE.search(text) else text


def escape_json(encoded: str) -> str:
    """Answer JSON text with DEL, C1 controls and bidirectional overrides written as
    \\uXXXX escapes (JSON encoders already escape C0), so the document means the
    same but shows nothing that can steer a terminal."""
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", encoded)
