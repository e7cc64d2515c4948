"""The dialogs opened from the main window."""
