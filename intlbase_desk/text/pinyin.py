"""Pinyin keys stored beside Chinese names: initials for search, a sort key for pinyin order."""

from __future__ import annotations

from functools import cache
from types import ModuleType


@cache
def _pypinyin() -> ModuleType:
    # pypinyin loads large dictionaries; only writes need it, never the first screen.
    import pypinyin

    return pypinyin


def initials(text: str) -> str:
    """'北京星河科技' → 'bjxhkj'. Latin letters and digits are kept, lower-cased."""
    p = _pypinyin()
    parts = p.lazy_pinyin(text, style=p.Style.FIRST_LETTER, errors="default")
    return "".join(ch for ch in "".join(parts).lower() if ch.isalnum())


def sort_key(text: str) -> str:
    """'北京' → 'bei jing': syllables joined by a space, so 'an' sorts before 'ang'."""
    p = _pypinyin()
    return " ".join(p.lazy_pinyin(text, style=p.Style.TONE3, errors="default")).lower()


def search_text(
    base_name: str,
    org_name: str,
    uscc: str,
    *,
    base_initials: str | None = None,
    org_initials: str | None = None,
) -> str:
    """What search-as-you-type matches: names, USCC and the pinyin initials of both names
    (computed here unless the caller knows them already)."""
    base_initials = initials(base_name) if base_initials is None else base_initials
    org_initials = initials(org_name) if org_initials is None else org_initials
    return " ".join((base_name, org_name, uscc, base_initials, org_initials)).lower()
