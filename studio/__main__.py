"""``python -m studio`` runs the same entry point as the ``studio`` command."""

from studio.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
