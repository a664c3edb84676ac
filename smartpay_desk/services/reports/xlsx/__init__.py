"""The xlsx reader the report viewer uses, refusing hostile files with one clear sentence. No Qt here.

- `child`      the reader's own process: how the desk starts it (`child_command`) and its entry point;
- `calamine`   python-calamine's parse of the shown sheet on a thread of its own (it releases the GIL);
- `reader`     reading a sheet into typed columns, as JSON-line events for the desk;
- `checks`     what is checked in a file before and while it is parsed (zip bombs, sizes, sheets);
- `book`       the workbook's structure: sheets, the active tab, styles' number formats;
- `sheets`     which sheet is shown (the one Excel opens on) and which are offered;
- `preview`    the first rows in milliseconds while the whole sheet is parsed;
- `sources`    the shown sheet's rows from calamine, or openpyxl when calamine cannot or must not;
- `marks`      error cells and number formats calamine does not give;
- `header`     the header row and the title rows above it;
- `layout`     headers, column kinds, typed values, texts shown for formats and errors;
- `numfmt`, `timefmt`  Excel number formats rendered as Excel shows them;
- `kinds`      the column kinds (no imports);
- `table`      the events folded into a whole table, and each cell's text as the viewer shows it;
- `process`    a whole sheet read through the child process, as the viewer reads it (`smartpay sheet`).

Imports go one way: process → (child, table); child → reader → (calamine, checks, book, header, layout, marks,
preview, sources, table); the GUI imports only `child`, `kinds` and `table` (the texts it
shows are the ones `smartpay sheet` prints).
"""
