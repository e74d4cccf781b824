"""How answers are shown: views, terminal tables and cards, records, Markdown, iCalendar."""
