"""Which gateway the desk talks to, and with what.

- `profiles`    `Profile` (environment, three base URLs, merchant key, accounts) and `ProfileStore` (profiles.json,
                each change a read-modify-write under a lock, shared with the CLI);
- `credentials` merchant secrets, in the system keyring only, never in a file;
- `paths`       where the desk keeps its files, and how it writes them (owner-only, atomically, under a lock);
- `logfile`     the desk's rotated log, 0600 from its first byte;
- `session`     opening a profile's services (desk and CLI), the practice gateway for the Sandbox profile;
- `editing`     what the Profiles dialog does, without Qt.

Import from the module you need; this file imports nothing (the desk's start-up reads profiles before
anything else is loaded).
"""
