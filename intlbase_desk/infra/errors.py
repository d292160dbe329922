"""Errors an officer can cause and fix. Their messages are shown as they are (Chinese).

Anything else that escapes is a bug: it reaches the exception hook and is logged in full.
"""

from __future__ import annotations


class UserError(Exception):
    """A fault of the input or the environment, with a message for the officer."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ProfileError(UserError):
    """A policy profile file is malformed, or an unknown profile was asked for."""


class DatabaseError(UserError):
    """The database file cannot be used as it is (missing, corrupt, read-only, newer, locked)."""


class NewerSchemaError(DatabaseError):
    """The database was written by a newer version of the app."""


class DatabaseLockedError(DatabaseError):
    """Another copy of the app has the database open."""


class NotFoundError(UserError):
    """A record that was asked for does not exist (any more)."""


class ValidationError(UserError):
    """One or more fields are invalid: ``errors`` maps field keys to messages."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("；".join(self.errors.values()))


class LifecycleError(UserError):
    """A status change the profile does not allow."""
