"""The words the reader of minutes knows, one list a purpose.

Each list says what it is for and which minutes needed it. The reader's stages
(blocks, sections, turns, facts, identity) take their words from here, so that
what msecwg knows of how minutes are written is read in one place.
"""

# -- Documents and their stages -------------------------------------------------

# -- Decisions and action items -------------------------------------------------

# -- The meeting, speakers and people -------------------------------------------
