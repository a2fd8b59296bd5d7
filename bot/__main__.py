"""`python -m bot` is `refundbot`."""

import sys

from bot.cli import main

sys.exit(main())
