"""A Pelican plugin for tests: the plugins named in the ORDERED_PLUGINS
environment variable, with their ``all_generators_finalized`` handlers called
in exactly that order.

Pelican's signals (blinker) keep receivers in a set, so the order of PLUGINS
does not decide which handler of one signal runs first. This wrapper does, so
a test can really put ours before or after another plugin.
"""

from __future__ import annotations

import importlib
import logging
import os
import weakref
from typing import Any

from pelican import signals

SIGNAL = signals.all_generators_finalized


def register() -> None:
    ordered: list[Any] = []
    for name in os.environ["ORDERED_PLUGINS"].split(","):
        before = set(SIGNAL.receivers)
        importlib.import_module(name).register()
        for key in [k for k in SIGNAL.receivers if k not in before]:
            handler = SIGNAL.receivers[key]
            if isinstance(handler, weakref.ref):  # blinker's default
                handler = handler()
            SIGNAL.disconnect(handler)
            ordered.append(handler)

    def in_order(generators: list[Any]) -> None:
        # Said at WARNING so tests/apart.py hands it back: the order kept.
        names = [f"{h.__module__}.{h.__name__}" for h in ordered]
        logging.getLogger(__name__).warning("handlers in order: %s", names)
        for handler in ordered:
            handler(generators)

    register.in_order = in_order  # a strong reference: blinker keeps weak ones
    SIGNAL.connect(in_order)
