"""From a research summary to a draft script: key findings, plain rewording, cited beats, timing.

Deterministic and offline: nothing leaves the machine. Use :func:`key_findings` to list a source's
findings (the creator ticks them), then :func:`draft_script`, then :func:`save_draft` to store it.
"""

from studio.drafting.compose import DraftError, draft_script, retick
from studio.drafting.findings import KeyFinding, key_findings
from studio.drafting.model import Draft, DraftCitation, DraftMetrics, DraftSegment
from studio.drafting.save import save_draft

__all__ = ["Draft", "DraftCitation", "DraftError", "DraftMetrics", "DraftSegment", "KeyFinding", "draft_script",
           "key_findings", "retick", "save_draft"]
