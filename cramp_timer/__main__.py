import sys

from cramp_timer.cli import main

sys.exit(main())
