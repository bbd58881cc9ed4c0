"""Writing labels to a PDF or a printer off the UI thread, so the window stays responsive."""

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtPrintSupport import QPrinter

from citrus_desktop.domain.background import thread_connection
from citrus_desktop.domain.labels import iter_label_data
from citrus_desktop.errors import KnownProblem
from citrus_desktop.printing.sheet import SheetOptions, paint_pages, prepare_device, write_pdf


class LabelRun(QThread):
    """Paints the labels of ``ids`` into ``target`` (a PDF path) or onto ``printer``.

    ``progress(done)`` after each page; ``finished_run(ok, message)`` at the end ("" when stopped).
    """

    progress = Signal(int)
    finished_run = Signal(bool, str)

    def __init__(
        self,
        ids: Sequence[int],
        options: SheetOptions,
        title: str,
        target: Path | None = None,
        printer: QPrinter | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.ids = list(ids)
        self.options = options
        self.title = title
        self.target = target
        self.printer = printer
        self._stop = False

    def stop(self) -> None:
        self._stop = True

    def _progress(self, done: int) -> bool:
        self.progress.emit(done)
        return not self._stop

    def run(self) -> None:
        try:
            with thread_connection():
                labels = iter_label_data(self.ids)
                if self.printer is not None:
                    prepare_device(self.printer, self.options.layout)
                    self.printer.setDocName(self.title)
                    done = paint_pages(self.printer, self.options, labels, self._progress)
                else:
                    assert self.target is not None
                    done = write_pdf(self.target, self.options, labels, self.title, self._progress)
        except OSError as error:
            self.finished_run.emit(False, error.strerror or str(error))
            return
        except KnownProblem as error:  # busy or lost database: said in the dialog, never a crash
            self.finished_run.emit(False, str(error))
            return
        self.finished_run.emit(done, "")
