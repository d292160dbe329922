"""Demo data: realistic, clearly fictional organisations and bases (names start with 演示).

Used by ``init --demo`` so an officer can try the app, and by the benchmark to build large
registers. Codes are valid USCCs of made-up organisations.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from intlbase_desk.infra import clock
from intlbase_desk.infra.changes import Changes
from intlbase_desk.models import StatusChange
from intlbase_desk.policy.profile import Profile
from intlbase_desk.register import bulk
from intlbase_desk.register.bases import add_years
from intlbase_desk.register.lifecycle import ban_end
from intlbase_desk.text import pinyin as pinyin_keys
from intlbase_desk.text import uscc
from intlbase_desk.workspace import Workspace

DEMO_PREFIX = "演示"
DEMO_REASON = "演示数据"
_WORDS = [
    "星河",
    "云杉",
    "远景",
    "青禾",
    "启明",
    "北辰",
    "海川",
    "博源",
    "润泽",
    "鼎新",
    "华章",
    "清源",
    "长风",
    "凌云",
    "嘉禾",
    "卓越",
    "同光",
    "新桥",
    "明德",
    "和合",
    "晨曦",
    "泰安",
    "锦程",
    "天工",
    "弘毅",
    "知行",
    "瑞丰",
    "恒远",
    "致远",
    "安澜",
]
_TRADES = [
    "生物医药",
    "新材料",
    "智能装备",
    "信息技术",
    "节能环保",
    "新能源",
    "现代农业",
    "精密仪器",
    "集成电路",
    "航空航天",
    "海洋工程",
    "数字医疗",
]
_SUFFIX = {
    "enterprise": "科技有限公司",
    "institute": "研究院",
    "university": "大学",
    "agency": "技术转移中心有限公司",
    "park": "科技园管理委员会",
}
_COUNTRIES = [
    "德国",
    "法国",
    "英国",
    "以色列",
    "芬兰",
    "日本",
    "韩国",
    "新加坡",
    "俄罗斯",
    "白俄罗斯",
    "意大利",
    "荷兰",
    "瑞士",
    "加拿大",
    "澳大利亚",
    "匈牙利",
    "泰国",
]
_PARTNER = ["大学", "理工学院", "研究所", "国家实验室", "创新中心", "技术公司"]
_SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
_GIVEN = [
    "伟",
    "芳",
    "娜",
    "敏",
    "静",
    "磊",
    "洋",
    "艳",
    "勇",
    "军",
    "杰",
    "娟",
    "涛",
    "明",
    "超",
    "秀兰",
    "建华",
    "志强",
    "海燕",
    "国庆",
]


@cache
def _keys(part: str) -> tuple[str, str]:
    # Names are built from a few hundred parts; keying parts once makes 100,000 rows cheap.
    return pinyin_keys.initials(part), pinyin_keys.sort_key(part)


def _composed(parts: list[str]) -> tuple[str, str, str]:
    keys = [_keys(p) for p in parts]
    return "".join(parts), "".join(k[0] for k in keys), " ".join(k[1] for k in keys)


def _code(rng: random.Random, region: str) -> str:
    """A valid credit code of a made-up organisation registered in ``region`` (6 digits)."""
    body = "91" + region + "".join(rng.choice(uscc.ALPHABET) for _ in range(9))
    return body + uscc.check_character(body)


def _person(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + rng.choice(_GIVEN)


def _orgs(
    rng: random.Random, profile: Profile, count: int
) -> Iterator[tuple[list[str], dict[str, object]]]:
    districts = profile.districts or ["示例区"]
    kinds = profile.org_kinds.values
    seen: set[str] = set()
    n = 0
    while n < count:
        district = rng.choice(districts)
        kind_key = rng.choice(list(_SUFFIX))
        parts = [DEMO_PREFIX, rng.choice(_WORDS), rng.choice(_TRADES), _SUFFIX[kind_key]]
        if len(seen) > len(_WORDS) * len(_TRADES) * len(_SUFFIX) // 2:
            parts.insert(2, str(n))
        name, initials, sort = _composed(parts)
        if name in seen:
            continue
        seen.add(name)
        n += 1
        yield (
            parts[:-1],
            {
                "name": name,
                "name_initials": initials,
                "name_sort": sort,
                "uscc": _code(rng, profile.division_codes.get(district, "100000")),
                "kind": rng.choice(kinds),
                "district": district,
                "address": f"{district}{rng.choice(_WORDS)}路{rng.randint(1, 299)}号",
                "registered_on": dt.date(
                    rng.randint(1995, 2020), rng.randint(1, 12), rng.randint(1, 28)
                ),
                "legal_rep": _person(rng),
                "contact_person": _person(rng),
                "contact_phone": f"010-{rng.randint(60000000, 89999999)}",
            },
        )


_CHANGED = Changes(organizations=True, bases=True)


@dataclass(frozen=True)
class Filled:
    bases: int
    changes: Changes = _CHANGED


def fill_demo(ws: Workspace, *, bases: int = 300, seed: int = 2025) -> Filled:
    """Adds ``bases`` demo bases (and about two thirds as many hosts) in one transaction."""
    profile = ws.profile
    rng = random.Random(seed)
    generated = list(_orgs(rng, profile, max(1, bases * 2 // 3)))
    stems = [stem for stem, _ in generated]
    org_rows = [row for _, row in generated]
    with ws.db.transaction() as session:
        org_ids = bulk.insert_organizations(session, ws.actor, org_rows, reason=DEMO_REASON)
        held: dict[int, set[str]] = {}  # the base types each host has: one base of each
        base_rows = [
            _base_row(
                rng,
                profile,
                i,
                org_ids[i % len(org_rows)],
                org_rows[i % len(org_rows)],
                stems[i % len(org_rows)],
                held.setdefault(i % len(org_rows), set()),
            )
            for i in range(bases)
        ]
        _number_by_year(profile, base_rows)
        base_ids = bulk.insert_bases(session, profile, ws.actor, base_rows, reason=DEMO_REASON)
        changes = [
            _status_change(profile, base_id, row, ws.actor)
            for base_id, row in zip(base_ids, base_rows, strict=True)
            if row["status"] != profile.lifecycle.initial
        ]
        if changes:
            session.connection().execute(StatusChange.__table__.insert(), changes)  # type: ignore[attr-defined]
    return Filled(bases)


def _base_row(
    rng: random.Random,
    profile: Profile,
    i: int,
    org_id: int,
    org: dict[str, object],
    stem: list[str],
    held: set[str],
) -> dict[str, object]:
    states = [t.to for t in profile.transitions_from(profile.lifecycle.initial)]
    # A host holds one base of a type (its name is the host's and the type's): no two alike.
    free = [t for t in profile.base_types if t.id not in held] or list(profile.base_types)
    base_type = rng.choice(free)
    held.add(base_type.id)
    year = rng.randint(2012, clock.today().year - 1)
    recognized = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
    status = profile.lifecycle.initial
    if states and rng.random() < 0.15:
        status = rng.choice(states)
    name, initials, sort = _composed([*stem, base_type.name])
    countries = "；".join(rng.sample(_COUNTRIES, rng.randint(1, 3)))
    return {
        "name": name,
        "name_initials": initials,
        "name_sort": sort,
        "base_type": base_type.id,
        "org_id": org_id,
        "field": rng.choice(profile.fields.values),
        "countries": countries,
        "partners": "；".join(
            f"{c}{rng.choice(_WORDS)}{rng.choice(_PARTNER)}" for c in countries.split("；")
        ),
        "leader": _person(rng),
        "contact_person": _person(rng),
        "phone": f"13{rng.randint(100000000, 999999999)}",
        "email": f"contact{i}@example.cn",
        "recommender": f"{org['district']}科技主管部门",
        "recognized_on": recognized,
        "batch": f"{year}年度",
        "valid_until": add_years(recognized, profile.validity_years or 3),
        "status": status,
        "cert_no": "",  # numbered by year once every base is made (_number_by_year)
        "notes": "演示数据，非真实单位",
    }


def _number_by_year(profile: Profile, rows: list[dict[str, object]]) -> None:
    """Each demo base holds its own certificate number: one sequence per recognition year."""
    seqs: dict[int, int] = {}
    for row in rows:
        recognized = row["recognized_on"]
        assert isinstance(recognized, dt.date)
        seqs[recognized.year] = seqs.get(recognized.year, 0) + 1
        row["cert_no"] = profile.certificate_number(recognized.year, seqs[recognized.year])


def _status_change(
    profile: Profile, base_id: int, row: dict[str, object], actor: str
) -> dict[str, object]:
    status = str(row["status"])
    transition = profile.transition(profile.lifecycle.initial, status)
    assert transition is not None
    recognized = row["recognized_on"]
    assert isinstance(recognized, dt.date)
    changed = min(add_years(recognized, 3), clock.today())
    revoked = profile.state(status).role == "revoked"
    return {
        "base_id": base_id,
        "from_status": profile.lifecycle.initial,
        "to_status": status,
        "changed_on": changed,
        "reason": "演示数据",
        "rule_id": transition.rule,
        "trigger_id": "",
        "ban_until": ban_end(profile, transition, changed) if revoked else None,
        "actor": actor,
        "created_at": clock.now(),
    }
