"""PyInstaller hook for phonenumbers, replacing the contributed one (which pulls in every submodule).

The desk parses, validates and formats numbers (smartpay_desk/api/validation.py): that needs phonenumbers and its
region metadata (phonenumbers.data, loaded by name, hence hidden imports), not the geocoder, carrier and time-zone
tables (about 42 MB of source), which packaging/bundle_policy.py excludes as well.
"""

from PyInstaller.utils.hooks import collect_submodules

_UNUSED = ("phonenumbers.geo", "phonenumbers.carrier", "phonenumbers.timezone", "phonenumbers.tzdata")

hiddenimports = collect_submodules("phonenumbers", filter=lambda name: not name.startswith(_UNUSED))
