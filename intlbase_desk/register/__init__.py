"""The register of bases and their host organisations: the only way to create or change either.

Other packages use only the names listed here. Each module loads when one of its names is first
used (lazy_loader): the window's first screen pays for the queries it shows, not for the writes.
"""

import lazy_loader as lazy

__getattr__, __dir__, __all__ = lazy.attach(
    __name__,
    submod_attrs={
        "commands": ["add_commands"],
        "in_force": ["InForce", "in_force_during"],
        "base_query": [
            "BASE_COLUMN_KEYS",
            "BASE_COLUMN_LABELS",
            "BASE_QUERY",
            "BaseFilter",
            "has_bases",
            "register_values",
        ],
        "bases": [
            "add_base",
            "add_years",
            "base_form_values",
            "get_base",
            "set_base_archived",
            "update_base",
        ],
        "bulk": [
            "base_types_held",
            "insert_bases",
            "insert_organizations",
            "organizations_by_uscc",
            "remove_import",
            "set_certificate_numbers",
        ],
        "certificate_void": ["void_certificates"],
        "counts": ["register_counts"],
        "demo": ["DEMO_PREFIX", "fill_demo"],
        "fields": [
            "BASE_LIMITS",
            "ORG_LIMITS",
            "clean_base",
            "clean_organization",
        ],
        "labels": ["BASE_LABELS", "ORG_LABELS"],
        "lifecycle": [
            "StatusChanged",
            "StatusRequest",
            "StatusesChanged",
            "change_status_in",
            "change_statuses",
            "allowed_transitions",
            "ban_until",
            "change_status",
            "rectification_ends",
            "status_history",
        ],
        "org_query": ["ORG_COLUMN_LABELS", "ORG_QUERY", "OrgFilter"],
        "organizations": [
            "add_organization",
            "get_organization",
            "organization_choices",
            "organization_form_values",
            "set_organization_archived",
            "update_organization",
        ],
    },
)
