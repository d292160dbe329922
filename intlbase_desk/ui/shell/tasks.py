"""Long work off the GUI thread, with a progress dialog after half a second and a cancel button.

The work is a plain core function ``fn(progress, cancel)`` (see intlbase_desk/infra/jobs.py);
it must not touch widgets. One worker thread serialises all such jobs, as the database has one
writer.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from intlbase_desk.infra.errors import UserError
from intlbase_desk.infra.jobs import Cancelled, Progress

log = logging.getLogger(__name__)
SHOW_AFTER_MS = 500
Job = Callable[[Progress, threading.Event], Any]


class _Bridge(QObject):
    progressed = Signal(float, str)
    finished = Signal(object)
    failed = Signal(object)


class TaskRunner(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="intlbase-job")

    def run(
        self,
        parent: QWidget,
        title: str,
        job: Job,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> threading.Event:
        """Starts ``job``; ``on_done(result)`` or ``on_error(exc)`` run later on the GUI thread.

        A cancelled job ends in ``on_error(Cancelled())``; the returned event cancels it.
        """
        cancel = threading.Event()
        dialog = QProgressDialog(title, self.tr("Cancel"), 0, 1000, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        dialog.canceled.connect(cancel.set)
        bridge = _Bridge(self)

        @Slot(float, str)
        def progressed(fraction: float, message: str) -> None:
            dialog.setLabelText(message)
            dialog.setValue(int(max(0.0, min(1.0, fraction)) * 1000))

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            dialog.canceled.disconnect(cancel.set)
            dialog.close()
            dialog.deleteLater()
            bridge.deleteLater()
            callback(value)

        bridge.progressed.connect(progressed)
        bridge.finished.connect(lambda result: finish(on_done, result))
        bridge.failed.connect(lambda exc: finish(on_error, exc))

        def work() -> None:
            try:
                result = job(lambda f, m: bridge.progressed.emit(f, m), cancel)
            except (UserError, Cancelled) as exc:
                bridge.failed.emit(exc)
            except BaseException as exc:
                log.exception("background job %r failed", title)
                bridge.failed.emit(exc)
            else:
                bridge.finished.emit(result)

        self._pool.submit(work)
        return cancel

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True)


def settle_failure(parent: QWidget, exc: BaseException, on_cancel: Callable[[], None]) -> None:
    """The usual end of a failed job: a cancel as the caller says, the officer's problem (a
    rule, a file) as a message, anything else re-raised so the crash dialog reports the bug."""
    if isinstance(exc, Cancelled):
        on_cancel()
    elif isinstance(exc, UserError | OSError):
        from intlbase_desk.ui.shell import messages

        messages.warn(parent, str(exc))
    else:
        raise exc
