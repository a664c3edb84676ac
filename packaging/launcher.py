"""The bundle's entry point: the same `main` as the `smartpay-desk` console script (smartpay_desk.ui.app:main).

A frozen program cannot run `python -m smartpay_desk.services.reports.xlsx.child`, so the report viewer
starts the bundle's own executable with `--xlsx-reader` (services.reports.xlsx.child.child_command): that
child reads the spreadsheet and writes JSON lines, without Qt.
"""

import sys

if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--xlsx-reader":
        from smartpay_desk.services.reports.xlsx.child import main as reader_main

        sys.exit(reader_main(sys.argv[2:]))

    import multiprocessing

    multiprocessing.freeze_support()  # if the desk ever starts a multiprocessing child, it runs this file again

    from smartpay_desk.ui.app import main

    sys.exit(main())
