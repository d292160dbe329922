import sys

from intlbase_desk.cli import main

sys.exit(main())
