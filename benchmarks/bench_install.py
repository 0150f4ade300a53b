"""Install time: `pip install -e '.[dev]'` (the README's first command) into a fresh virtual environment.

Run: python benchmarks/bench_install.py [--no-cache] [--keep]

First a dry run with `--report` checks that the dependency ranges resolve without backtracking (pip says
"looking at multiple versions" when it has to try older releases), then the real install is timed.
By default pip's download cache is used as a user's machine would have it; `--no-cache` installs with
an empty cache (every wheel fetched again). Target on this machine: <= 60 s.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def pip(venv: Path, *args: str, no_cache: bool) -> subprocess.CompletedProcess[str]:
    command = [str(venv / "bin" / "pip"), *args] + (["--no-cache-dir"] if no_cache else [])
    return subprocess.run(command, capture_output=True, text=True, check=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-cache", action="store_true", help="install with pip's cache off")
    parser.add_argument("--keep", action="store_true", help="keep the virtual environment (its path is printed)")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="bench_install_"))
    venv = workdir / "venv"
    try:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        target = f"{ROOT}[dev]"
        start = time.perf_counter()
        dry = pip(
            venv, "install", "--dry-run", "--report", str(workdir / "report.json"), "-e", target, no_cache=args.no_cache
        )
        resolve_s = time.perf_counter() - start
        if dry.returncode != 0:
            sys.exit(f"dry run failed:\n{dry.stderr[-2000:]}")
        backtracked = sorted(
            {
                line.split("versions of ")[1].split(" to ")[0]
                for line in (dry.stdout + dry.stderr).splitlines()
                if "looking at multiple versions of" in line
            }
        )
        packages = len(json.loads((workdir / "report.json").read_text())["install"])
        print(
            f"resolve (dry run): {packages} packages in {resolve_s:.1f} s, "
            f"{'backtracking on ' + ', '.join(backtracked) if backtracked else 'no backtracking'}"
        )
        start = time.perf_counter()
        done = pip(venv, "install", "-q", "-e", target, no_cache=args.no_cache)
        install_s = time.perf_counter() - start
        if done.returncode != 0:
            sys.exit(f"install failed:\n{done.stderr[-2000:]}")
        print(
            f"install time: {install_s:.1f} s for pip install -e '.[dev]' into a fresh venv "
            f"({'empty' if args.no_cache else 'warm'} pip cache; target <= 60 s)"
        )
    finally:
        if args.keep:
            print(f"venv kept: {venv}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
