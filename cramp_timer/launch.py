"""How Cramp Timer starts its own helper processes: from a checkout, a wheel or a bundle.

The speech worker, its Piper render process, the Qt probe of the self-check and the PDF
report run in processes of their own. From a checkout or an installed wheel that is
``python -m MODULE``. A frozen bundle (PyInstaller) has no ``python`` to run: there
``sys.executable`` is the ``cramp-timer`` program itself, which runs a helper when its
first argument is :data:`HELPER_FLAG` (see ``cli.main``).

No Qt here.
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final

HELPER_FLAG: Final = "--run-helper"

# Helper name -> module with a ``main(argv) -> int`` function.
HELPERS: Final = {
    "speech-worker": "cramp_timer.speech.worker",
    "piper-render": "cramp_timer.speech.piper_render",
    "qt-probe": "cramp_timer.ui.qt_probe",
    "report-pdf": "cramp_timer.ui.report_process",
}


def frozen() -> bool:
    """True inside a frozen bundle (PyInstaller sets ``sys.frozen``)."""
    return bool(getattr(sys, "frozen", False))


def helper_argv(python: str, name: str) -> list[str]:
    """The command line that starts helper ``name`` with interpreter (or bundle) ``python``."""
    module = HELPERS[name]
    if frozen() and python == sys.executable:
        return [python, HELPER_FLAG, name]
    return [python, "-m", module]
