"""The desktop around the app: keep-awake, notifications, start at login,
the desktop entry, the single instance. One back-end per platform."""
