# Modules that the native backend cases star-import (tests/native_cases/star_import_*.py and
# decline_star_import_*.py). They are not cases themselves: cases are the .py files one level up.
