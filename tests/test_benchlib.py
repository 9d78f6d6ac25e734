"""The benches measure the checkout PYTHONPATH names (a base from its own archive), else their own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# as `python bench/x.py` runs: the bench folder first on sys.path, not the checkout
PROBE = (f"import sys; sys.path.insert(0, {str(REPO / 'bench')!r}); import benchlib, dateline; "
         "print(dateline.__file__); print(benchlib.machine()['checkout'])")


def _measured(pythonpath: str | None, cwd: Path) -> list[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if pythonpath is not None:
        env["PYTHONPATH"] = pythonpath
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120, check=True)
    return done.stdout.split()


def test_a_bench_measures_its_own_checkout_by_default(tmp_path: Path) -> None:
    module, checkout = _measured(None, tmp_path)
    assert Path(module).resolve() == REPO / "dateline" / "__init__.py"
    assert Path(checkout) == REPO


def test_a_checkout_named_by_pythonpath_is_the_one_measured(tmp_path: Path) -> None:
    base = tmp_path / "base"
    (base / "dateline").mkdir(parents=True)
    (base / "dateline" / "__init__.py").write_text('"""An older checkout."""\n')
    module, checkout = _measured(str(base), tmp_path)
    assert Path(module).resolve() == base.resolve() / "dateline" / "__init__.py"
    assert Path(checkout) == base.resolve()
