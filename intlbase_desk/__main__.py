"""``python -m intlbase_desk`` and the ``intlbase-desk`` command."""

import sys

from intlbase_desk.infra import collector


def run() -> int:
    collector.starting()
    from intlbase_desk.cli import main  # the heavy imports, uncollected (see infra.collector)

    collector.started()
    return main()


if __name__ == "__main__":
    sys.exit(run())
