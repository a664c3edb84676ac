"""SmartPay Desk: the back-office desktop application for SmartPayments merchants."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("smartpay-desk")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+source"
