"""SmartPay Desk: the back-office desktop application for SmartPayments merchants."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # The version comes from the package metadata, read when first asked for: importlib.metadata costs
    # ~20 ms, which would land before the first paint of the window.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            value = version("smartpay-desk")
        except PackageNotFoundError:  # a source tree that is not installed
            value = "0.0.0+source"
        globals()["__version__"] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
