"""The self-check's Qt probe: ``python -m cramp_timer.ui.qt_probe``.

Starts a QApplication with the platform Qt would use for the app (``QT_QPA_PLATFORM`` as
it is), asks it what the self-check wants to know, prints one JSON object on stdout and
exits. It runs in a process of its own because a Qt platform that cannot start (no
display, a missing library) ends the whole process.

Printed keys: ``platform`` (str), ``qt`` (Qt version), ``screens`` (int), ``tray`` (bool),
``bus`` (bool: a session D-Bus answered), ``bus_error`` (str), ``notifications`` (bool:
org.freedesktop.Notifications is on the session bus).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence

NOTIFICATIONS_SERVICE = "org.freedesktop.Notifications"


def probe() -> dict[str, object]:
    from PySide6.QtCore import qVersion
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    app = QApplication(["cramp-timer-probe"])
    found: dict[str, object] = {
        "platform": app.platformName(),
        "qt": qVersion(),
        "screens": len(app.screens()),
        "tray": QSystemTrayIcon.isSystemTrayAvailable(),
        "bus": False,
        "bus_error": "",
        "notifications": False,
    }
    from PySide6.QtDBus import QDBusConnection

    bus = QDBusConnection.sessionBus()
    if bus.isConnected():
        found["bus"] = True
        reply = bus.interface().isServiceRegistered(NOTIFICATIONS_SERVICE)
        found["notifications"] = bool(reply.value()) if reply.isValid() else False
    else:
        found["bus_error"] = bus.lastError().message()
    app.shutdown()
    return found


def main(argv: Sequence[str] = ()) -> int:
    if argv:
        print("cramp_timer.ui.qt_probe takes no arguments", file=sys.stderr)
        return 2
    print(json.dumps(probe()), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
