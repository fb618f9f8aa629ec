"""Quick fixes that fit the sentence.

Every quick fix — a glossary alternative, an acronym spelled out, a softer verb, the source's number,
passive to active — is planned on the sentence's parse, not pasted over the highlighted characters: the
right phrase is replaced (the whole noun phrase for a clause alternative, the verb when softening), number
and articles agree, a sentence keeps its capital. Each fix is a :class:`~studio.analysis.model.Rewrite`
carrying the whole resulting sentence, which the app and ``studio check`` show before it is applied. An
alternative that fits nowhere in the sentence is not offered as an edit (the app shows it instead).

Qt-free; the analysis engine attaches fixes to findings while it has the parse.
"""

from studio.analysis.rewrite.build import (
    attach_fixes,
    attach_plain_fixes,
    attach_splice_fixes,
    fixes_for,
    splice_fixes,
)
from studio.analysis.rewrite.edit import Edit, finish
from studio.analysis.rewrite.text import broken_pairs

__all__ = ["Edit", "attach_fixes", "attach_plain_fixes", "attach_splice_fixes", "broken_pairs", "finish", "fixes_for", "splice_fixes"]
