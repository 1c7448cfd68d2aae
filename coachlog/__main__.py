import sys

from coachlog.cli import main

sys.exit(main())
