"""An open database with its profile, its lock and who is working: what the CLI and GUI share."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock
from sqlalchemy.engine import URL

from intlbase_desk.infra import locking, os_errors, paths
from intlbase_desk.infra.actor import current_actor
from intlbase_desk.infra.backup import backup_before_upgrade
from intlbase_desk.infra.database import (
    Database,
    check_writable,
    open_database,
    sqlite_path,
    url_for,
)
from intlbase_desk.infra.errors import DatabaseError
from intlbase_desk.infra.network_fs import is_network_path
from intlbase_desk.policy import Profile, load_profile, office_settings

log = logging.getLogger(__name__)


@dataclass
class Workspace:
    db: Database
    profile: Profile
    actor: str
    lock: FileLock | None
    on_network_share: bool = False

    @property
    def read_only(self) -> bool:
        """Opened from a read-only drive or folder: it can be viewed and exported, not changed."""
        return self.db.read_only

    def close(self) -> None:
        self.db.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def open_workspace(
    location: str | Path | URL | None = None,
    *,
    create_profile: str | None = None,
    lock: bool = True,
    read_only_if_needed: bool = False,
) -> Workspace:
    """Opens (creating with ``create_profile`` if asked) and upgrades a database.

    With ``lock`` the database is held for writing until ``close``; a second copy is refused.
    With ``read_only_if_needed`` a file on a read-only drive or folder is opened for reading
    only, without a lock (there is nothing this copy could write); otherwise it is refused.
    """
    url = location if isinstance(location, URL) else url_for(location or paths.default_db_path())
    path = sqlite_path(url)
    if create_profile is not None:
        # Refuse an unknown profile before anything is created on disk.
        load_profile(create_profile, paths.user_policies_dir())
    held = None
    new_lock = path is not None and not locking.lock_path(path).exists()
    cannot_write = path is not None and path.exists() and not os_errors.writable(path)
    if cannot_write and not read_only_if_needed:
        check_writable(path)
    if lock and path is not None and not cannot_write:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(os_errors.describe(exc, path.parent)) from None
        held = locking.acquire(path)
    try:
        db = open_database(
            url,
            create_profile=create_profile,
            backup=backup_before_upgrade,
            read_only_if_needed=read_only_if_needed,
        )
        try:
            profile = office_settings.applied(
                load_profile(db.profile_id, paths.user_policies_dir()), db
            )
        except BaseException:
            db.dispose()
            raise
    except BaseException:
        if held is not None:
            held.release()
            if new_lock and path is not None:  # a database refused leaves nothing of ours beside
                locking.lock_path(path).unlink(missing_ok=True)
        raise
    network = path is not None and is_network_path(path)
    if network:
        log.warning("database %s is on a network share", path)
    log.info("opened %s (profile %s)", url.render_as_string(hide_password=True), profile.id)
    return Workspace(db, profile, current_actor(), held, network)
