"""An expert as an officer types them on the command line: the id the window shows, or the
name as on the paper (full-width digits and spaces do not count); a name two experts share is
refused with what tells them apart."""

from __future__ import annotations

from intlbase_desk.experts.pool import load_experts
from intlbase_desk.infra.errors import NotFoundError, UserError
from intlbase_desk.text.width import half_width
from intlbase_desk.workspace import Workspace


def _same(text: str) -> str:
    return "".join(half_width(text).split())


def find_expert_id(ws: Workspace, typed: str) -> int:
    typed = typed.strip()
    pool = load_experts(ws)
    number = _same(typed)
    if number.isdigit() and any(e.id == int(number) for e in pool):
        return int(number)
    named = [e for e in pool if _same(e.name) == _same(typed)]
    if not named:
        raise NotFoundError(f"专家库中没有编号或姓名为“{typed}”的专家")
    if len(named) > 1:
        shown = "、".join(
            f"{e.id}（{e.employer or '未填工作单位'}，手机 {e.phone or '未填'}）" for e in named
        )
        raise UserError(f"专家库中有 {len(named)} 位“{typed}”，请改用编号：{shown}")
    return named[0].id
