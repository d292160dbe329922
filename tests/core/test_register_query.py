"""The register's view: database-side filter, pinyin sort and paging."""

from __future__ import annotations

import pytest

from intlbase_desk import register
from intlbase_desk.infra.paged_query import Sort
from intlbase_desk.workspace import Workspace
from tests.conftest import VALID_USCC, base_form, org_form


@pytest.fixture
def filled(ws: Workspace) -> Workspace:
    a = register.add_organization(ws, org_form(name="北京星河科技有限公司")).id
    b = register.add_organization(
        ws, org_form(name="安澜研究院", uscc=VALID_USCC[1], district="朝阳区")
    ).id
    register.add_base(ws, base_form(a, name="星河国际联合研究中心"))
    register.add_base(
        ws,
        base_form(
            b,
            name="安澜国际创新园",
            base_type="innovation_park",
            recognized_on="2021-05-01",
        ),
    )
    register.add_base(
        ws,
        base_form(
            b,
            name="中关村国际技术转移服务机构",
            base_type="tech_transfer_agency",
            field="新材料",
        ),
    )
    return ws


def _names(ws: Workspace, flt: register.BaseFilter, sort: Sort | None = None) -> list[str]:
    with ws.db.reading() as conn:
        return [r.name for r in register.BASE_QUERY.page(conn, flt, sort or Sort(), 0, 100)]


def test_names_sort_in_pinyin_order(filled: Workspace) -> None:
    assert _names(filled, register.BaseFilter()) == [
        "安澜国际创新园",
        "星河国际联合研究中心",
        "中关村国际技术转移服务机构",
    ]
    assert (
        _names(filled, register.BaseFilter(), Sort("name", descending=True))[0]
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
    assert _names(filled, register.BaseFilter(text=text)) == expected


def test_filters_combine(filled: Workspace) -> None:
    assert _names(filled, register.BaseFilter(district="朝阳区", field="新材料")) == [
        "中关村国际技术转移服务机构"
    ]
    assert _names(filled, register.BaseFilter(year=2021)) == ["安澜国际创新园"]
    assert _names(filled, register.BaseFilter(base_type="innovation_park")) == ["安澜国际创新园"]
    with filled.db.reading() as conn:
        assert register.BASE_QUERY.count(conn, register.BaseFilter(status="active")) == 3
        assert register.register_values(conn, "district") == ["朝阳区", "海淀区"]
        assert register.register_values(conn, "year") == [2019, 2021]


def test_archived_bases_are_out_of_the_daily_view(filled: Workspace) -> None:
    with filled.db.reading() as conn:
        target = register.BASE_QUERY.page(conn, register.BaseFilter(), Sort(), 0, 1)[0].id
    register.set_base_archived(filled, target, True, "重复")
    assert "安澜国际创新园" not in _names(filled, register.BaseFilter())
    assert _names(filled, register.BaseFilter(archived=True)) == ["安澜国际创新园"]


def test_paging_walks_every_row_once(ws: Workspace) -> None:
    register.fill_demo(ws, bases=250)
    seen: list[int] = []
    with ws.db.reading() as conn:
        total = register.BASE_QUERY.count(conn, register.BaseFilter())
        for offset in range(0, total, 60):
            seen += [
                r.id
                for r in register.BASE_QUERY.page(
                    conn, register.BaseFilter(), Sort("org_name"), offset, 60
                )
            ]
    assert total == 250 and sorted(seen) == sorted(set(seen)) and len(seen) == 250
