"""Script Studio: turn research summaries into short-video health scripts."""

__version__ = "0.1.0"
