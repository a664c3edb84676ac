"""The kinds of a report column (how its cells are read and shown). No imports: the desk's viewer names them
without loading the reader."""

TEXT, MONEY, DATETIME, STATUS, AUTO = "text", "money", "datetime", "status", "auto"
