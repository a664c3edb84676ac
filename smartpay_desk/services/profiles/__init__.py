"""Which gateway the desk talks to, and with what.

- `profiles`    `Profile` (environment, three base URLs, merchant key, accounts) and `ProfileStore`;
- `credentials` merchant secrets, in the system keyring only, never in a file;
- `paths`       where the desk keeps its files, and how it writes them (atomically);

Import from the module you need; this file imports nothing (the desk's start-up reads profiles before
anything else is loaded).
"""
