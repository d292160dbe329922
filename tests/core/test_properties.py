"""Properties that hold for every input, checked with generated inputs (hypothesis)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from intlbase_desk.sheets import cells
from intlbase_desk.text import cjk, uscc

_HAN = "国际科技合作基地依托单位北京市海淀区研究院有限公司"
_CLOSING = "".join(sorted(cjk.NO_LINE_START & set("，。、；：！？）》」”’…")))
_OPENING = "".join(sorted(cjk.NO_LINE_END & set("（《「“‘")))


@st.composite
def chinese_text(draw: st.DrawFn) -> str:
    """Han characters with punctuation between them, as certificate texts are written."""
    words = draw(st.lists(st.text(alphabet=_HAN, min_size=1, max_size=6), min_size=1, max_size=8))
    text = ""
    for word in words:
        opening = draw(st.sampled_from(["", *_OPENING]))
        closing = draw(st.sampled_from(["", *_CLOSING]))
        text += opening + word + closing
    return text


def _mono(text: str, size: float) -> float:
    return len(text) * size


@given(chinese_text(), st.integers(min_value=3, max_value=30))
def test_wrapping_keeps_every_character_and_the_punctuation_rules(text: str, chars: int) -> None:
    lines = cjk.wrap(text, chars * 10.0, 10.0, _mono)
    assert "".join(lines) == text
    assert all(line for line in lines)
    assert not any(line[0] in cjk.NO_LINE_START for line in lines[1:]), lines
    assert not any(line[-1] in cjk.NO_LINE_END for line in lines[:-1]), lines
    assert all(len(line) <= chars for line in lines), lines


@given(
    chinese_text(), st.floats(min_value=40, max_value=400), st.floats(min_value=12, max_value=80)
)
def test_fitting_never_cuts_and_stays_in_the_box_when_it_can(
    text: str, width: float, height: float
) -> None:
    fitted = cjk.fit(text, width, height, 24.0, 8.0, _mono)
    assert "".join(fitted.lines) == text
    assert 8.0 <= fitted.size <= 24.0
    assert fitted.height <= height + 0.01


@given(st.text(alphabet=uscc.ALPHABET, min_size=17, max_size=17))
def test_a_code_with_its_check_character_is_valid(first17: str) -> None:
    assert uscc.problem(first17 + uscc.check_character(first17)) is None


@given(
    st.text(alphabet=uscc.ALPHABET, min_size=17, max_size=17),
    st.integers(min_value=0, max_value=16),
    st.sampled_from(uscc.ALPHABET),
)
def test_any_single_mistyped_character_is_caught(first17: str, at: int, typed: str) -> None:
    """GB 32100's weights are coprime to 31: one wrong character always changes the check."""
    code = first17 + uscc.check_character(first17)
    wrong = code[:at] + typed + code[at + 1 :]
    assert (uscc.problem(wrong) is None) == (wrong == code)


@given(st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(2100, 12, 31)))
def test_a_date_reads_the_same_however_a_district_wrote_it(day: dt.date) -> None:
    serial = (day - cells.EXCEL_EPOCH).days
    for written in (
        serial,
        float(serial),
        day.isoformat(),
        f"{day.year}年{day.month}月{day.day}日",
        f"{day.year}/{day.month:02d}/{day.day:02d}",
        f"{day.year}.{day.month}.{day.day}",
        f"{day.year}－{day.month:02d}－{day.day:02d}",  # full-width hyphens
    ):
        assert cells.date(written) == day, written
