"""The package as users get it: the wheel carries the NER model and finds it
from any working folder; importing the library does not load torch."""

import shutil
import subprocess
import sys
import zipfile

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
def test_the_wheel_carries_the_model_and_finds_it_from_another_folder(tmp_path):
    pytest.importorskip("setuptools")  # the build backend, used without build isolation (no network)
    src = tmp_path / "src"
    src.mkdir()
    # Build from a copy: building in the checkout would leave build/ behind.
    for name in ("extract", "models"):
        shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "LICENSE"):
        shutil.copy(ROOT / name, src / name)
    dist = tmp_path / "dist"
    res = subprocess.run([sys.executable, "-m", "pip", "wheel", ".", "--no-deps", "--no-build-isolation",
                          "-w", str(dist), "-q"], cwd=src, capture_output=True, text=True, check=False)
    assert res.returncode == 0, res.stderr[-3000:]
    (wheel,) = dist.glob("*.whl")
    model_files = sorted(p.relative_to(ROOT / "models" / "ner").as_posix()
                         for p in (ROOT / "models" / "ner").rglob("*") if p.is_file())
    with zipfile.ZipFile(wheel) as z:
        names = set(z.namelist())
        assert {f"extract/models/ner/{f}" for f in model_files} <= names
        unpacked = tmp_path / "site"
        z.extractall(unpacked)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = (
        "import sys\n"
        f"sys.path.insert(0, {str(unpacked)!r})\n"
        "import extract, extract.ner as ner\n"
        "from extract import Pipeline\n"
        "a = Pipeline().extract(" + repr(ARABIC) + ")\n"
        "print(extract.__file__)\n"
        "print(ner.model_path())\n"
        "print(a.warnings)\n"
    )
    env = {k: v for k, v in __import__("os").environ.items() if k != "EXTRACT_NER_MODEL"}
    res = subprocess.run([sys.executable, "-c", code], cwd=elsewhere, capture_output=True, text=True,
                         check=False, env=env)
    assert res.returncode == 0, res.stderr[-3000:]
    module, model, warnings = res.stdout.splitlines()
    assert module.startswith(str(unpacked))
    assert model == str(unpacked / "extract" / "models" / "ner")
    assert warnings == "[]"  # no ner_unavailable: the model loaded
