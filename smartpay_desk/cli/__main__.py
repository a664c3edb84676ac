"""`python -m smartpay_desk.cli` runs the `smartpay` command."""

import sys

from .main import main

sys.exit(main())
