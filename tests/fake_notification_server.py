"""A fake org.freedesktop.Notifications server for the notifier tests, in GDBus.

Run by the system's python3 (it needs PyGObject: Debian python3-gi), not by the venv:
GDBus checks every incoming call against the interface's signatures, as GNOME Shell and
dunst do, so a call with a wrong argument type fails here as it would on a desktop. (The
fake cannot be written with QtDBus: PySide6 cannot send a D-Bus uint32.)

    python3 fake_notification_server.py ADDRESS

Prints one JSON line per event on stdout: {"ready": true} once the name is owned, then
{"call": "Notify", "id": N, "args": [...]} and {"call": "CloseNotification", "id": N}.
Reads commands on stdin, one a line:
    invoke ID KEY    the person clicked the action KEY: ActionInvoked, then
                     NotificationClosed (reason 2), as GNOME does
    dismiss ID       the person closed it: NotificationClosed (reason 2)
Ends when stdin closes.
"""

from __future__ import annotations

import json
import sys

from gi.repository import Gio, GLib

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
XML = """
<node>
  <interface name="org.freedesktop.Notifications">
    <method name="Notify">
      <arg type="s" direction="in"/><arg type="u" direction="in"/>
      <arg type="s" direction="in"/><arg type="s" direction="in"/>
      <arg type="s" direction="in"/><arg type="as" direction="in"/>
      <arg type="a{sv}" direction="in"/><arg type="i" direction="in"/>
      <arg type="u" direction="out"/>
    </method>
    <method name="CloseNotification"><arg type="u" direction="in"/></method>
    <method name="GetCapabilities"><arg type="as" direction="out"/></method>
    <method name="GetServerInformation">
      <arg type="s" direction="out"/><arg type="s" direction="out"/>
      <arg type="s" direction="out"/><arg type="s" direction="out"/>
    </method>
    <signal name="NotificationClosed"><arg type="u"/><arg type="u"/></signal>
    <signal name="ActionInvoked"><arg type="u"/><arg type="s"/></signal>
  </interface>
</node>
"""
CLOSED_DISMISSED = 2
CLOSED_BY_CALL = 3


def say(event: dict[str, object]) -> None:
    print(json.dumps(event), flush=True)


class Server:
    def __init__(self, connection: Gio.DBusConnection) -> None:
        self.connection = connection
        self.open: set[int] = set()
        self.last_id = 0

    def call(self, _conn, _sender, _path, _iface, method, params, invocation) -> None:
        args = params.unpack()
        if method == "Notify":
            replaces = args[1]
            if replaces in self.open:
                nid = replaces
            else:
                self.last_id += 1
                nid = self.last_id
            self.open.add(nid)
            say({"call": method, "id": nid, "args": list(args)})
            invocation.return_value(GLib.Variant("(u)", (nid,)))
        elif method == "CloseNotification":
            say({"call": method, "id": args[0]})
            invocation.return_value(None)
            self.closed(args[0], CLOSED_BY_CALL)
        elif method == "GetCapabilities":
            invocation.return_value(GLib.Variant("(as)", (["actions", "body"],)))
        else:
            invocation.return_value(GLib.Variant("(ssss)", ("fake", "test", "1", "1.2")))

    def emit(self, signal: str, value: GLib.Variant) -> None:
        self.connection.emit_signal(None, PATH, NAME, signal, value)

    def closed(self, nid: int, reason: int) -> None:
        if nid in self.open:
            self.open.discard(nid)
            self.emit("NotificationClosed", GLib.Variant("(uu)", (nid, reason)))

    def command(self, line: str) -> None:
        word, nid, *rest = line.split()
        if word == "invoke":
            self.emit("ActionInvoked", GLib.Variant("(us)", (int(nid), rest[0])))
        self.closed(int(nid), CLOSED_DISMISSED)


def main() -> None:
    loop = GLib.MainLoop()
    flags = (Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT
             | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION)
    connection = Gio.DBusConnection.new_for_address_sync(sys.argv[1], flags, None, None)
    server = Server(connection)
    info = Gio.DBusNodeInfo.new_for_xml(XML).interfaces[0]
    connection.register_object(PATH, info, server.call, None, None)

    def acquired(*_args: object) -> None:
        say({"ready": True})

    Gio.bus_own_name_on_connection(connection, NAME, Gio.BusNameOwnerFlags.NONE,
                                   acquired, lambda *_a: loop.quit())

    def stdin_ready(source: GLib.IOChannel, condition: GLib.IOCondition) -> bool:
        line = sys.stdin.readline()
        if not line:
            loop.quit()
            return False
        if line.strip():
            server.command(line)
        return True

    GLib.io_add_watch(GLib.IOChannel.unix_new(sys.stdin.fileno()),
                      GLib.PRIORITY_DEFAULT, GLib.IOCondition.IN | GLib.IOCondition.HUP,
                      stdin_ready)
    loop.run()


if __name__ == "__main__":
    main()
