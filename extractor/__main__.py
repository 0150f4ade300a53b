import os
import sys
import types

# The command line needs no pydantic plugins. Disabling them is not enough to keep start-up short:
# pydantic's plugin loader imports importlib.metadata (~10 ms) before it reads the setting, so when
# plugins are off for this process, a loader that finds none stands in for it.
if os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__") == "__all__" and "pydantic" not in sys.modules:
    _no_plugins = types.ModuleType("pydantic.plugin._loader")
    _no_plugins.get_plugins = lambda: ()  # type: ignore[attr-defined]
    sys.modules["pydantic.plugin._loader"] = _no_plugins

from extractor.cli import main  # noqa: E402

raise SystemExit(main())
