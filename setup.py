"""The build step that ships the NER model inside the package.

The model lives at the top of the repository (`models/ner`, where
`extract train-ner` writes it and where a checkout reads it).  A wheel (and so
`pip install .`) carries a copy as package data, `extract/models/ner`, which
`extract.ner.model_path()` finds from any working folder.  Everything else
about the package is in pyproject.toml.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

MODEL = Path(__file__).resolve().parent / "models" / "ner"


class BuildWithModel(build_py):
    def run(self):
        super().run()
        if self.editable_mode:  # an editable install reads the checkout's models/ner
            return
        if not (MODEL / "meta.json").is_file():
            raise SystemExit(f"no NER model at {MODEL}: the package would run rules-only")
        target = Path(self.build_lib) / "extract" / "models" / "ner"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(MODEL, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


setup(cmdclass={"build_py": BuildWithModel})
