"""What an officer types on the command line for an expert or a round's base: the id the window
shows, or the name (and, for a base, its host's USCC), as on the paper in front of them."""

from __future__ import annotations

from intlbase_desk import experts
from intlbase_desk.evaluations.rounds import round_targets
from intlbase_desk.evaluations.score_rules import same_name
from intlbase_desk.infra.errors import NotFoundError, UserError
from intlbase_desk.workspace import Workspace


def expert_id(ws: Workspace, typed: str) -> int:
    return experts.find_expert_id(ws, typed)


def target_id(ws: Workspace, round_id: int, typed: str) -> int:
    """The round's target for a base id, a base name or the host's USCC."""
    typed = typed.strip()
    targets = [t for t in round_targets(ws, round_id) if t.id is not None]
    found = [t for t in targets if typed.isdigit() and t.base_id == int(typed)]
    found = found or [
        t for t in targets if typed.upper() == t.uscc or same_name(typed) == same_name(t.base_name)
    ]
    if not found:
        raise NotFoundError(
            f"评估批次 {round_id} 中没有编号、名称或统一社会信用代码为“{typed}”的基地"
        )
    if len(found) > 1:
        shown = "、".join(f"{t.base_id}（{t.base_name}）" for t in found)
        raise UserError(f"“{typed}”对应本批次的 {len(found)} 个基地，请改用基地编号：{shown}")
    assert found[0].id is not None
    return found[0].id
