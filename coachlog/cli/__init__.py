"""The command line: ``coachlog NOUN VERB ...``; ``main(argv) -> int`` is the one exit point.

- ``main``: main() (dispatch, exit codes, what an error prints); ``parser``: argparse,
  built for what is typed; ``output``: everything printed (coach data shown as text);
  ``context``: what a command gets; ``arguments``: words as typed into values;
  ``opening``: passphrase and journal (``open_journal``, the seam tests replace);
  ``app``: the terminal app (no command); ``commands/``: one module per noun group.
- Start-up stays light: no module here imports SQLAlchemy, Textual or the services when
  it is imported; a command imports what it needs when it runs.

``coachlog.cli.main`` is the function (the entry point ``coachlog.cli:main``); the module
of that name is reached as ``from coachlog.cli.main import ...``.
"""

from coachlog.cli.main import main

__all__ = ["main"]
