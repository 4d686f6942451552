"""Keep torch out of the command's processes.

camel-tools installs PyTorch, and spaCy's thinc imports it whenever it is
installed: about 1.2 s of start-up and 180 MB of memory in every process, for
nothing, since the pipeline's model runs on thinc's numpy ops.  The command
line and the service (never the library: a user's program may want torch)
mark torch as absent before spaCy is imported.
"""

import sys


def hide_torch() -> None:
    if "torch" not in sys.modules:
        sys.modules["torch"] = None  # `import torch` now raises ImportError
