"""Keep torch out of the command's processes, and out of the library's import.

camel-tools installs PyTorch, and spaCy's thinc imports it whenever it is
installed: about 1.2 s of start-up and 180 MB of memory in every process, for
nothing, since the pipeline's model runs on thinc's numpy ops.  The command
line and the service mark torch as absent for good before spaCy is imported
(`hide_torch`).  The library (`from extract import Pipeline`) hides it only
while spaCy and thinc are first imported (`torch_hidden`): torch is not
loaded, and a user's own `import torch` afterwards still works (thinc then
runs without its torch shims, which the pipeline never uses; a program that
wants them imports torch before extract).
"""

import sys
from contextlib import contextmanager


def hide_torch() -> None:
    if "torch" not in sys.modules:
        sys.modules["torch"] = None  # `import torch` now raises ImportError


@contextmanager
def torch_hidden():
    """Inside: `import torch` fails, unless torch (or thinc) is already
    loaded; after: torch can be imported again."""
    if "torch" in sys.modules or "thinc" in sys.modules:
        yield
        return
    sys.modules["torch"] = None
    try:
        yield
    finally:
        if sys.modules.get("torch", 0) is None:
            del sys.modules["torch"]
