"""The derived keys stored beside names: pinyin sort keys, initials and the search text.

The register's table sorts and searches 100,000 bases in the database, without a join, so each
base carries its host's sort key and a search text joining both names, the host's credit code
and both names' pinyin initials. Every write of a name goes through here.
"""

from __future__ import annotations

from typing import Any

from intlbase_desk.models import Base, Organization
from intlbase_desk.text import pinyin


def apply_organization_keys(org: Organization) -> None:
    org.name_initials = pinyin.initials(org.name)
    org.name_sort = pinyin.sort_key(org.name)


def apply_base_keys(base: Base, org: Organization) -> None:
    base.recognized_year = base.recognized_on.year if base.recognized_on else None
    base.name_sort = pinyin.sort_key(base.name)
    base.org_sort = org.name_sort
    base.search_text = pinyin.search_text(base.name, org.name, org.uscc)


def organization_row_keys(row: dict[str, Any]) -> None:
    """The keys of an organisation's row for a bulk insert, unless the caller has them."""
    row.setdefault("name_initials", pinyin.initials(row["name"]))
    row.setdefault("name_sort", pinyin.sort_key(row["name"]))


def base_row_keys(row: dict[str, Any], org: dict[str, Any]) -> None:
    """The keys of a base's row (``org``: its host's row, with keys), unless already there."""
    recognized = row.get("recognized_on")
    row.setdefault("recognized_year", recognized.year if recognized else None)
    row.setdefault("name_sort", pinyin.sort_key(row["name"]))
    row["org_sort"] = org["name_sort"]
    initials = row.pop("name_initials", None)
    if "search_text" not in row:
        row["search_text"] = pinyin.search_text(
            row["name"],
            org["name"],
            org["uscc"],
            base_initials=initials,
            org_initials=org["name_initials"],
        )
