# SPDX-License-Identifier: Apache-2.0
# A small Warp package for the tests of `warpsynth extract`: modules import each other relatively and
# absolutely, as packages do. Importing the package runs its modules' code before any kernel file.
from . import lazy_api  # noqa: F401
from .utils import GRAVITY, damp  # noqa: F401
