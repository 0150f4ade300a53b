import os

# The command line needs no pydantic plugins; skipping their entry-point scan keeps start-up short.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

from extractor.cli import main  # noqa: E402

raise SystemExit(main())
