"""Opening, creating and upgrading the database.

The location is an SQLAlchemy URL, so the same code can later run on PostgreSQL (ROADMAP 9).
SQLite-specific work (pragmas, the online backup, reading a file without touching it) is kept
here and in backup.py, behind checks of the dialect.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, make_url

from intlbase_desk.infra import clock, migrations, os_errors
from intlbase_desk.infra.errors import DatabaseError, NewerSchemaError

if TYPE_CHECKING:
    from sqlmodel import Session

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
SCHEMA_VERSION_KEY = "schema_version"
PROFILE_KEY = "profile_id"


def url_for(location: str | Path) -> URL:
    """A path becomes an SQLite URL; anything with '://' is taken as a URL already."""
    text = str(location)
    if "://" in text:
        return make_url(text)
    return URL.create("sqlite", database=str(Path(text).expanduser().resolve()))


def sqlite_path(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def _set_sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # The driver's own transaction handling leaves DDL outside transactions; SQLAlchemy issues
    # BEGIN itself instead (see _begin), so a failed schema step rolls back whole.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a commit the officer saw survives a power cut, not only an application crash.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _set_read_only_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.isolation_level = None
    dbapi_connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    dbapi_connection.execute("PRAGMA query_only=ON")


def _begin(conn: sa.Connection) -> None:
    conn.exec_driver_sql("BEGIN")


def read_only_uri(path: Path) -> str:
    """An SQLite URI that reads ``path`` without writing anything beside it.

    In a folder this process cannot write, SQLite cannot create the -shm index a WAL database
    needs; without a -wal there is nothing it would index, so the file is read as immutable.
    """
    uri = f"{path.as_uri()}?mode=ro"
    shm = path.with_name(path.name + "-shm")
    wal = path.with_name(path.name + "-wal")
    if not shm.exists() and not wal.exists() and not os_errors.writable(shm):
        uri += "&immutable=1"
    return uri


def create_engine(url: URL, *, read_only: bool = False) -> Engine:
    """An engine for ``url``; ``read_only`` opens an SQLite file so that nothing can be written."""
    if url.get_backend_name() != "sqlite":
        return sa.create_engine(url, pool_pre_ping=True)
    path = sqlite_path(url)
    if read_only and path is not None:
        uri = read_only_uri(path)
        engine = sa.create_engine(
            "sqlite://",
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
        )
        event.listen(engine, "connect", _set_read_only_pragmas)
    else:
        engine = sa.create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _set_sqlite_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


@dataclass(frozen=True)
class FileState:
    """What an existing database says about itself, read without changing it."""

    version: int
    profile_id: str | None


def inspect_sqlite_file(path: Path) -> FileState:
    """Reads version and profile from an SQLite file opened read-only, so a file this version must
    refuse (newer, corrupt) is left byte for byte as it was."""
    if not path.exists():
        raise DatabaseError(f"数据库文件不存在：{path}。请先创建数据库（init）。")
    if path.is_dir():
        raise DatabaseError(f"{path} 是文件夹，不是数据库文件")
    # Reading a WAL file read-only still creates its -wal and -shm siblings: the ones this look
    # created go again, so that a file refused is left as it was found.
    siblings = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    absent = [s for s in siblings if not s.exists()]
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        log.warning("opening %s failed: %s", path, exc)
        raise DatabaseError(
            os_errors.sqlite_fault(exc, path) or f"无法打开数据库文件 {path}"
        ) from None
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "meta" not in tables:
            if tables:
                raise DatabaseError(f"{path} 不是本软件的数据库（缺少 meta 表）")
            return FileState(0, None)
        rows = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.DatabaseError as exc:
        log.warning("reading %s failed: %s", path, exc)
        if (fault := os_errors.sqlite_fault(exc, path)) is not None:
            raise DatabaseError(fault) from None
        raise DatabaseError(f"数据库文件 {path} 已损坏或不是本软件的数据库") from None
    finally:
        conn.close()
        for created in absent:
            # A read-only look wrote nothing to the -wal; its -shm is an index to rebuild.
            with contextlib.suppress(OSError):
                if created.name.endswith("-shm") or created.stat().st_size == 0:
                    created.unlink()
    return FileState(int(rows.get(SCHEMA_VERSION_KEY, 0)), rows.get(PROFILE_KEY))


def check_writable(path: Path) -> None:
    if not os_errors.writable(path):
        raise DatabaseError(
            f"数据库文件 {path} 或其所在文件夹为只读，不能修改（可以查看和导出）。"
            "要修改，请检查文件权限，或将其复制到可写的位置。"
        )


class Database:
    """An open, up-to-date database of one profile."""

    def __init__(
        self, url: URL, engine: Engine, profile_id: str, *, read_only: bool = False
    ) -> None:
        self.url = url
        self.engine = engine
        self.profile_id = profile_id
        self.read_only = read_only

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed as a whole on success, rolled back as a whole on error."""
        # The ORM is imported with the first write: the register's first screen only reads.
        from sqlmodel import Session

        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                yield session
        except sa.exc.OperationalError as exc:
            # A full disk or a read-only file refuses the commit: the transaction is rolled
            # back whole, and the officer is told why in one sentence.
            fault = os_errors.sqlite_fault(exc.orig, self.path or self.url)
            if fault is None:
                raise
            log.warning("write refused: %s", exc.orig)
            raise DatabaseError(fault) from None

    @contextlib.contextmanager
    def reading(self) -> Iterator[sa.Connection]:
        with self.engine.connect() as conn:
            yield conn

    def schema_version(self) -> int:
        with self.reading() as conn:
            return _read_version(conn)

    def dispose(self) -> None:
        self.engine.dispose()


def _read_version(conn: sa.Connection) -> int:
    if not sa.inspect(conn).has_table("meta"):
        return 0
    value = conn.execute(
        sa.text("SELECT value FROM meta WHERE key = :k"), {"k": SCHEMA_VERSION_KEY}
    ).scalar()
    return int(value) if value is not None else 0


def _read_profile(conn: sa.Connection) -> str | None:
    return conn.execute(
        sa.text("SELECT value FROM meta WHERE key = :k"), {"k": PROFILE_KEY}
    ).scalar()


BackupHook = Callable[[URL, int], Path | None]


def open_database(
    location: str | Path | URL,
    *,
    create_profile: str | None = None,
    backup: BackupHook | None = None,
    read_only_if_needed: bool = False,
) -> Database:
    """Opens (and upgrades) a database; with ``create_profile`` a missing one is created for it.

    Refuses, without writing anything, a database from a newer version, a corrupt or read-only
    file, or one created for another profile than ``create_profile``. ``backup(url, version)``
    is called before any upgrade of existing data and must leave a verified copy.

    With ``read_only_if_needed`` an SQLite file on a read-only drive or in a folder this process
    cannot write is opened for reading only (``Database.read_only``), if it needs no upgrade.
    """
    url = location if isinstance(location, URL) else url_for(location)
    path = sqlite_path(url)
    read_only = False
    if path is not None:
        if create_profile is not None and not path.exists():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseError(os_errors.describe(exc, path.parent)) from None
            state = FileState(0, None)
        else:
            state = inspect_sqlite_file(path)
            _refuse_newer(state.version, path)
            if read_only_if_needed and not os_errors.writable(path):
                _refuse_read_only_upgrade(state.version, path)
                read_only = True
            else:
                check_writable(path)
        _refuse_newer(state.version, path)
    engine = create_engine(url, read_only=read_only)
    try:
        with engine.connect() as conn:
            version = _read_version(conn)
            profile_id = _read_profile(conn) if version else None
        _refuse_newer(version, path or url)
        if version == 0 and create_profile is None:
            raise DatabaseError(f"{path or url} 是空数据库。请先创建数据库（init --profile …）。")
        if create_profile is not None and profile_id and profile_id != create_profile:
            raise DatabaseError(
                f"该数据库是按政策配置 {profile_id} 创建的，不能改为 {create_profile}"
            )
        if 0 < version < migrations.LATEST and backup is not None:
            backup(url, version)
        _upgrade(engine, version, create_profile)
        with engine.connect() as conn:
            profile_id = _read_profile(conn)
    except sa.exc.OperationalError as exc:
        engine.dispose()
        log.warning("opening %s failed: %s", path or url, exc.orig)
        fault = os_errors.sqlite_fault(exc.orig, path or url)
        raise DatabaseError(fault or f"无法使用数据库 {path or url}（详情已写入日志）") from None
    except BaseException:
        engine.dispose()
        raise
    assert profile_id is not None
    return Database(url, engine, profile_id, read_only=read_only)


def _refuse_read_only_upgrade(version: int, path: Path) -> None:
    if version < migrations.LATEST:
        raise DatabaseError(
            f"数据库 {path} 是旧版本软件建的，需要先升级才能打开，但它所在的位置为只读。"
            "请把它复制到可写的位置后再打开"
        )


def _refuse_newer(version: int, where: object) -> None:
    if version > migrations.LATEST:
        raise NewerSchemaError(
            f"数据库 {where} 由更新版本的软件创建（结构版本 {version}，本软件支持到 "
            f"{migrations.LATEST}）。请升级软件后再打开；数据库未做任何改动。"
        )


def _upgrade(engine: Engine, version: int, create_profile: str | None) -> None:
    if version >= migrations.LATEST:
        return
    for step in migrations.STEPS[version:]:
        with engine.connect() as conn:
            sqlite = conn.dialect.name == "sqlite"
            if sqlite:
                # A step may rebuild a table (batch mode), which foreign keys would forbid; the
                # pragma only takes effect outside a transaction. Checked again before commit.
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
            try:
                with conn.begin():
                    _run_step(conn, step, create_profile, sqlite)
            finally:
                if sqlite:
                    conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")
        log.info("database schema upgraded to %d (%s)", step.VERSION, step.DESCRIPTION)


def _run_step(
    conn: sa.Connection, step: ModuleType, create_profile: str | None, sqlite: bool
) -> None:
    # Imported here: alembic is needed only for an upgrade, never on a normal start.
    from alembic.migration import MigrationContext
    from alembic.operations import Operations

    op = Operations(MigrationContext.configure(conn))
    step.upgrade(op, conn)
    if sqlite:
        broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise DatabaseError(f"数据库升级到第 {step.VERSION} 版时发现外键不一致：{broken[:3]}")
    meta = sa.table("meta", sa.column("key"), sa.column("value"))
    conn.execute(meta.delete().where(meta.c.key == SCHEMA_VERSION_KEY))
    conn.execute(meta.insert().values(key=SCHEMA_VERSION_KEY, value=str(step.VERSION)))
    if step.VERSION == 1:
        assert create_profile is not None
        conn.execute(
            meta.insert(),
            [
                {"key": PROFILE_KEY, "value": create_profile},
                {"key": "created_at", "value": clock.local_now().isoformat()},
            ],
        )
