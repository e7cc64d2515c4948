"""Routines: the model, the file format and its checks, the store, editing, the CLI."""
