"""The local project store: one SQLite library file per user (see :mod:`studio.store.library`)."""
