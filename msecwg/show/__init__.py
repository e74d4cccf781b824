"""How answers are shown: views, tables and cards for a terminal, records for programs,
Markdown, iCalendar."""
