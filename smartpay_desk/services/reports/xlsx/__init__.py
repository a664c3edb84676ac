"""The xlsx reader the report viewer uses, refusing hostile files with one clear sentence. No Qt here.

- `child`      the reader's own process: how the desk starts it (`child_command`) and its entry point;
- `calamine`   python-calamine's parse on a thread of its own (it releases the GIL);
- `reader`     reading a sheet into typed columns, as JSON-line events for the desk;
- `checks`     what is checked in a file before and while it is parsed (zip bombs, sizes, sheets);
- `preview`    the first rows in milliseconds while the whole sheet is parsed;
- `layout`     headers, column kinds and typed values.

Imports go one way: child → reader → (calamine, checks, layout, preview); the GUI imports only `child`.
"""
