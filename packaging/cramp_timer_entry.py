"""The bundle's entry point (PyInstaller runs this file as __main__)."""

from cramp_timer.cli import main

raise SystemExit(main())
