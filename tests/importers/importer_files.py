"""Builders for real-world-shaped import files (shared by the importer tests)."""

from __future__ import annotations


def make_pdf(lines: list[str], title: str = "") -> bytes:
    """A minimal valid one-page PDF whose text layer holds ``lines`` (Helvetica, one line each)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 11 Tf", "14 TL", "72 760 Td"]
    for line in lines:
        ops.append(f"({esc(line)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    if title:
        objects.append(b"<< /Title (" + esc(title).encode("latin-1") + b") >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    info = f" /Info {len(objects)} 0 R" if title else ""
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R{info} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


ZOTERO_RIS = """TY  - JOUR
TI  - Sleep deprivation and memory consolidation in older adults: a randomised trial
AU  - Smith, John A.
AU  - Lee, Kim
T2  - Journal of Sleep Research
AB  - One night of sleep deprivation may impair memory. In this randomised trial of 120 older adults, a night without sleep was associated with a 12% drop in word recall. Recall recovered after one night of normal sleep.
DA  - 2021/03/04/
PY  - 2021
DO  - 10.1111/jsr.13245
VL  - 30
IS  - 2
SP  - e13245
SN  - 0962-1105
UR  - https://onlinelibrary.wiley.com/doi/abs/10.1111/jsr.13245
KW  - memory
KW  - sleep
ER  -

TY  - JOUR
TI  - Napping and learning in university students
AU  - García, Ana
PY  - 2019
T2  - Sleep Medicine
DO  - https://doi.org/10.1016/j.sleep.2019.05.002
ER  -
"""

# PubMed records exported through EndNote: T1/A1/JF/Y1 tags, abstract in N2, an ID tag.
PUBMED_RIS = """TY  - JOUR
ID  - chen2018
T1  - Blue light exposure before bedtime and sleep onset latency
A1  - Chen, W.
A1  - Okafor, N.
Y1  - 2018/06//
JF  - Chronobiology International
N2  - Evening exposure to blue light was associated with a longer sleep onset latency (mean 8 minutes, 95% CI 3 to 13).
M3  - 10.1080/07420528.2018.1430033
ER  -
"""

NO_TITLE_RIS = """TY  - JOUR
AU  - Nobody, A.
PY  - 2020
ER  -

TY  - JOUR
TI  - A record with a title
PY  - 2020
ER  -
"""

ZOTERO_BIB = r"""@comment{Exported by Zotero}

@article{muller_vitamin_2020,
	title = {Effects of {Vitamin} {D} on {Mood}: a randomized trial},
	volume = {12},
	url = {https://doi.org/10.1016/j.jpsychires.2020.01.001},
	doi = {10.1016/j.jpsychires.2020.01.001},
	abstract = {We found that 30\% of participants improved -- most of them within 8 weeks. Effects may be larger in {\"a}lder adults.},
	language = {en},
	journal = {Journal of Psychiatric Research},
	author = {M{\"u}ller, J{\"o}rg and Garc{\'i}a, Ana and {World Health Organization}},
	month = jan,
	year = {2020},
	pages = {1--9},
}

@book{who_guideline_2022,
	title = {{WHO} guidelines on physical activity and sedentary behaviour},
	publisher = {World Health Organization},
	author = {{World Health Organization}},
	year = {2022},
}
"""
