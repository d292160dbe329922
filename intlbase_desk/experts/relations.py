"""The relations with an organisation an expert declares, and the words officers write for them.

Each is a conflict of interest (回避): an expert with any of them does not score that
organisation (DOMAIN.md, 回避 practice: posts, shares, close relatives, recent co-authorship, and
an exclusion the organisation asked for).
"""

from __future__ import annotations

RELATIONS: dict[str, str] = {
    "shares": "持股",
    "post": "任职",
    "relative": "近亲属",
    "coauthor": "近期合作",
    "excluded": "单位申请回避",
    "other": "其他利害关系",
}

# As written in officers' lists → relation key.
_WRITTEN: dict[str, str] = {
    "持股": "shares",
    "股东": "shares",
    "持有股份": "shares",
    "任职": "post",
    "兼职": "post",
    "担任职务": "post",
    "职务": "post",
    "近亲属": "relative",
    "亲属": "relative",
    "配偶": "relative",
    "近期合作": "coauthor",
    "合作": "coauthor",
    "合著": "coauthor",
    "共同发表": "coauthor",
    "项目合作": "coauthor",
    "单位申请回避": "excluded",
    "申请回避": "excluded",
    "要求回避": "excluded",
    "回避": "excluded",
    "其他": "other",
    "其他利害关系": "other",
}


def relation_of(written: str) -> str | None:
    """The relation key an officer's word means, or None when it is none of them."""
    return _WRITTEN.get("".join(written.split()))


def relation_name(key: str) -> str:
    return RELATIONS.get(key, key)
