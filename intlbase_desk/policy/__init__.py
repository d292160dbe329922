"""Policy profiles: each jurisdiction's rules as data (resources/policies/*.toml), validated,
with the article every rule-bearing value comes from."""

from intlbase_desk.policy.loader import (
    ProfileSource,
    discover_profiles,
    load_all_profiles,
    load_profile,
    load_profile_file,
)
from intlbase_desk.policy.profile import Profile, Rule, State, Transition, rule_ids_in

__all__ = [
    "Profile",
    "ProfileSource",
    "Rule",
    "State",
    "Transition",
    "discover_profiles",
    "load_all_profiles",
    "load_profile",
    "load_profile_file",
    "rule_ids_in",
]
