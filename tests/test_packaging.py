"""The package as users get it: the wheel carries the NER model and finds it
from any working folder; importing the library does not load torch."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

ARABIC = "وقال الرئيس الأوزبكي شوكت ميرزيوييف إن التجارة مع أذربيجان بلغت 275 مليون يورو"


def test_importing_the_pipeline_does_not_load_torch(tmp_path):
    code = (
        "import sys\n"
        "from extract import Pipeline\n"
        "assert 'torch' not in sys.modules, 'torch was imported'\n"
        f"a = Pipeline().extract({ARABIC!r})\n"
        "assert sys.modules.get('torch') is None, 'torch was imported by the pipeline'\n"
        "assert not [w for w in a.warnings if w.startswith('ner_unavailable')], a.warnings\n"
        "import torch  # a user's own import still works afterwards\n"
        "print(len(a.people), torch.__name__)\n"
    )
    res = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False)
    assert res.returncode == 0, res.stderr[-2000:]
    assert res.stdout.split() == ["1", "torch"]


@pytest.mark.slow
def test_pip_install_in_a_fresh_venv_uses_the_model_from_another_folder(tmp_path):
    """`pip install` of the package (not editable) into a new virtual environment, then the
    library and the `extract` command run from an unrelated folder and use
    the model shipped inside the package.  The dependencies (spaCy, torch...,
    gigabytes) are not downloaded again: the new environment sees this one's
    site-packages through a .pth line, which adds the folder without running
    the .pth files in it, so the editable install of the checkout stays out
    and `extract` can only come from the new environment."""
    import sysconfig

    pytest.importorskip("setuptools")  # the build backend, used without build isolation (no network)
    src = tmp_path / "src"
    src.mkdir()
    # Build from a copy: building in the checkout would leave build/ behind.
    for name in ("extract", "models"):
        shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "LICENSE"):
        shutil.copy(ROOT / name, src / name)
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    # `pip install .` is build a wheel, then install it: the wheel is built
    # here (the new environment has no build backend), installed there
    dist = tmp_path / "dist"
    res = subprocess.run([sys.executable, "-m", "pip", "wheel", ".", "--no-deps", "--no-build-isolation",
                          "-w", str(dist), "-q"], cwd=src, capture_output=True, text=True, check=False)
    assert res.returncode == 0, res.stderr[-3000:]
    (wheel,) = dist.glob("*.whl")
    res = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q",
                          str(wheel)], capture_output=True, text=True, check=False)
    assert res.returncode == 0, res.stderr[-3000:]
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    (Path(site) / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    installed_model = Path(site) / "extract" / "models" / "ner"
    model_files = sorted(p.relative_to(ROOT / "models" / "ner").as_posix()
                         for p in (ROOT / "models" / "ner").rglob("*") if p.is_file())
    assert all((installed_model / f).is_file() for f in model_files)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = (
        "import extract, extract.ner as ner\n"
        "from extract import Pipeline\n"
        "a = Pipeline().extract(" + repr(ARABIC) + ")\n"
        "print(extract.__file__)\n"
        "print(ner.model_path())\n"
        "print(a.warnings)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("EXTRACT_NER_MODEL", "PYTHONPATH")}
    res = subprocess.run([str(python), "-c", code], cwd=elsewhere, capture_output=True, text=True,
                         check=False, env=env)
    assert res.returncode == 0, res.stderr[-3000:]
    module, model, warnings = res.stdout.splitlines()
    assert module.startswith(site)
    assert model == str(installed_model)
    assert warnings == "[]"  # no ner_unavailable: the model loaded
    (elsewhere / "a.txt").write_text(ARABIC, encoding="utf-8")
    res = subprocess.run([str(venv / "bin" / "extract"), "run", "a.txt", "--quiet"], cwd=elsewhere,
                         capture_output=True, text=True, check=False, env=env)
    assert res.returncode == 0, res.stderr[-3000:]
    record = json.loads(res.stdout)
    assert record["warnings"] == [] and [p["name"] for p in record["people"]] == ["شوكت ميرزيوييف"]
