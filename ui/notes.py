"""The five lecture notes (/work/shared/seeds/000 … 004) as a reader meets them: numbered 1–5
with a short title, "讲义 1《优化》" / "Note 1 “Optimization”", everywhere the app names one
(the English title in quotes, as 《》 set off the Chinese: in brackets it nested inside the
brackets a reference stands in, "x + sin x (Note 5 (The mathematics of optimizers))").

The catalog writes a reference as the note's file number ("讲义 000", "note 002",
"notes 003, 000"); `render` turns each into the reader's form when the catalog is built, so
the numbering and the titles live here alone. No Streamlit.
"""

from __future__ import annotations

import re

# file number → (the reader's number, short title in Chinese, in English)
NOTES = {
    "000": (1, "优化", "Optimization"),
    "001": (2, "梯度下降与特征缩放", "Gradient descent and feature scaling"),
    "002": (3, "网络优化", "Network optimization"),
    "003": (4, "临界点与批量大小", "Critical points and batch size"),
    "004": (5, "优化器背后的数学", "The mathematics of optimizers"),
}


def ref(code: str, lang: str) -> str:
    """One note as a reader reads it: "讲义 1《优化》", "Note 1 “Optimization”"."""
    number, zh, en = NOTES[code]
    return f"讲义 {number}《{zh}》" if lang == "zh" else f"Note {number} “{en}”"


_CODE = r"00[0-4]"
_ZH = re.compile(rf"讲义 ?({_CODE})((?:(?:、|，|和|与|及) ?{_CODE})*)( ?)")
_EN = re.compile(rf"\b([Nn])otes? ({_CODE})((?:(?:, | and | or ){_CODE})*)(?![\d])('s\b)?")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SPACE_AFTER_TITLE = re.compile(r"》 (?=[\u4e00-\u9fff])")


def _zh(m: re.Match, text: str) -> str:
    parts = re.split(r"((?:、|，|和|与|及) ?)", m[1] + m[2])
    out = "".join(ref(p, "zh") if re.fullmatch(_CODE, p) else p.strip() for p in parts)
    after = text[m.end() : m.end() + 1]
    # "讲义 002 的 r₁" reads "讲义 3《网络优化》的 r₁": no space between 》 and a CJK word
    return out + ("" if _CJK.match(after) else m[3])


def _en(m: re.Match) -> str:
    # "note 000" mid-sentence reads "Note 1 “Optimization”": a note's name is capitalised
    if m[4] and not m[3]:
        # "note 001's conclusion 1" reads "Note 2's conclusion 1": with the title it was
        # "Note 2 “Gradient descent and feature scaling”'s conclusion 1"
        return f"Note {NOTES[m[2]][0]}'s"
    parts = re.split(r"(, | and | or )", m[2] + m[3])
    return "".join(ref(p, "en") if re.fullmatch(_CODE, p) else p for p in parts)


def render(text: str, lang: str) -> str:
    """`text` with every note written by its file number ("讲义 000", "note 001's", "notes
    003, 000") written as the reader's reference."""
    if lang == "zh":
        return _ZH.sub(lambda m: _zh(m, text), text)
    return _EN.sub(_en, text)


def sources(text: str, lang: str) -> str:
    """A formula's source as the sheet registers it ("000 Alg. 8.1", "000, 001", "001; Cohen
    et al. 2021"): each bare file number written as the reader's reference."""
    out = re.sub(rf"(?<![\d.]){_CODE}(?![\d.])", lambda m: ref(m[0], lang), text)
    # "000 算法 8.1" reads "讲义 1《优化》算法 8.1": no space between 》 and a CJK word
    return _SPACE_AFTER_TITLE.sub("》", out) if lang == "zh" else out


def bare(text: str) -> list[str]:
    """The bare file-number references left in `text` ("讲义 00x", "note 00x", "000 Alg.")."""
    return re.findall(rf"(?:讲义|[Nn]otes?) ?{_CODE}\b|^{_CODE}\b", text)
