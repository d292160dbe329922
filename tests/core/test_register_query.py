"""The register's view: database-side filter, pinyin sort and paging."""

from __future__ import annotations

import pytest

from intlbase_desk.register import base_query as rq
from intlbase_desk.register import bases, demo, organizations
from intlbase_desk.workspace import Workspace
from tests.conftest import VALID_USCC, base_form, org_form


@pytest.fixture
def filled(ws: Workspace) -> Workspace:
    a = organizations.add_organization(
        ws.db, ws.profile, "o", org_form(name="北京星河科技有限公司")
    )
    b = organizations.add_organization(
        ws.db,
        ws.profile,
        "o",
        org_form(name="安澜研究院", uscc=VALID_USCC[1], district="朝阳区"),
    )
    bases.add_base(ws.db, ws.profile, "o", base_form(a, name="星河国际联合研究中心"))
    bases.add_base(
        ws.db,
        ws.profile,
        "o",
        base_form(
            b,
            name="安澜国际创新园",
            base_type="innovation_park",
            recognized_on="2021-05-01",
        ),
    )
    bases.add_base(
        ws.db,
        ws.profile,
        "o",
        base_form(
            b,
            name="中关村国际技术转移服务机构",
            base_type="tech_transfer_agency",
            field="新材料",
        ),
    )
    return ws


def _names(ws: Workspace, flt: rq.BaseFilter, sort: rq.Sort | None = None) -> list[str]:
    with ws.db.reading() as conn:
        return [r.name for r in rq.page(conn, flt, sort or rq.Sort(), 0, 100)]


def test_names_sort_in_pinyin_order(filled: Workspace) -> None:
    assert _names(filled, rq.BaseFilter()) == [
        "安澜国际创新园",
        "星河国际联合研究中心",
        "中关村国际技术转移服务机构",
    ]
    assert (
        _names(filled, rq.BaseFilter(), rq.Sort("name", descending=True))[0]
        == "中关村国际技术转移服务机构"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("星河", ["星河国际联合研究中心"]),
        ("xhgj", ["星河国际联合研究中心"]),  # pinyin initials of the base
        ("ALYJY", ["安澜国际创新园", "中关村国际技术转移服务机构"]),  # host's initials, any case
        ("551385082q", ["星河国际联合研究中心"]),  # USCC fragment
        ("100%", []),  # wildcards are literal
    ],
)
def test_search_matches_names_initials_and_codes(
    filled: Workspace, text: str, expected: list[str]
) -> None:
    assert _names(filled, rq.BaseFilter(text=text)) == expected


def test_filters_combine(filled: Workspace) -> None:
    assert _names(filled, rq.BaseFilter(district="朝阳区", field="新材料")) == [
        "中关村国际技术转移服务机构"
    ]
    assert _names(filled, rq.BaseFilter(year=2021)) == ["安澜国际创新园"]
    assert _names(filled, rq.BaseFilter(base_type="innovation_park")) == ["安澜国际创新园"]
    with filled.db.reading() as conn:
        assert rq.count(conn, rq.BaseFilter(status="active")) == 3
        assert rq.distinct_values(conn, "district") == ["朝阳区", "海淀区"]
        assert rq.distinct_values(conn, "year") == [2019, 2021]


def test_archived_bases_are_out_of_the_daily_view(filled: Workspace) -> None:
    with filled.db.reading() as conn:
        target = rq.page(conn, rq.BaseFilter(), rq.Sort(), 0, 1)[0].id
    bases.set_archived(filled.db, "o", target, True, "重复")
    assert "安澜国际创新园" not in _names(filled, rq.BaseFilter())
    assert _names(filled, rq.BaseFilter(archived=True)) == ["安澜国际创新园"]


def test_paging_walks_every_row_once(ws: Workspace) -> None:
    demo.fill(ws.db, ws.profile, ws.actor, bases=250)
    seen: list[int] = []
    with ws.db.reading() as conn:
        total = rq.count(conn, rq.BaseFilter())
        for offset in range(0, total, 60):
            seen += [r.id for r in rq.page(conn, rq.BaseFilter(), rq.Sort("org_name"), offset, 60)]
    assert total == 250 and sorted(seen) == sorted(set(seen)) and len(seen) == 250
