"""A module imported where it is first used, not where it is named: for the few big ones that
`refundbot run` names at start but may never use (Pillow and tesserocr until the first image,
absent altogether without the `screenshots` extra)."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class DeferredModule:
    """Stands for the module `name`, imported on the first attribute read or written."""

    def __init__(self, name: str) -> None:
        object.__setattr__(self, "_name", name)

    def _module(self) -> ModuleType:
        """The real module (imported once; later calls find it in sys.modules)."""
        return importlib.import_module(object.__getattribute__(self, "_name"))

    def __getattr__(self, attr: str) -> Any:
        """An attribute of the real module."""
        return getattr(self._module(), attr)

    def __setattr__(self, attr: str, value: object) -> None:
        """Set on the real module (e.g. Pillow's `Image.MAX_IMAGE_PIXELS`), never on the proxy."""
        setattr(self._module(), attr, value)

    def __repr__(self) -> str:
        """`<deferred module 'PIL.Image'>`."""
        return f"<deferred module {object.__getattribute__(self, '_name')!r}>"
