"""The expert pool (专家库): experts with their past employers and declared relations, entered in
a form or imported from the lists officers keep, and 回避 (who may not score whom).

Other packages use only the names listed here; each module loads on first use.
"""

import lazy_loader as lazy

__getattr__, __dir__, __all__ = lazy.attach(
    __name__,
    submod_attrs={
        "commands": ["add_commands"],
        "conflicts": ["Conflict", "ExpertRecord", "conflicts"],
        "counts": ["expert_counts"],
        "entries": [
            "Employment",
            "EntryError",
            "Relation",
            "employment_text",
            "parse_employment",
            "parse_relation",
            "relation_text",
        ],
        "fields": ["clean_expert"],
        "importing": [
            "Checked",
            "ExpertsImported",
            "check_experts",
            "check_experts_file",
            "import_experts",
            "preview_experts",
        ],
        "labels": ["ACTIVE_TEXT", "EXPERT_LABELS"],
        "lookup": ["find_expert_id"],
        "pool": [
            "add_expert",
            "expert_form_values",
            "load_experts",
            "set_expert_active",
            "update_expert",
        ],
        "query": ["EXPERT_COLUMN_LABELS", "EXPERT_QUERY", "ExpertFilter"],
        "relations": ["RELATIONS"],
        "schema": ["EXPERTS"],
        "template": ["write_experts_template"],
    },
)
