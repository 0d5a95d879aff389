# A module with a PEP 562 __getattr__, as packages write for their optional parts: reading any name it
# lacks imports simpkg.sub.deep. A worker that probes it after a request must not import that
# module behind its own back (tests/reference/extract_project_test.cpp).
import importlib


def __getattr__(name):
    return getattr(importlib.import_module(".sub.deep", __package__), name)
