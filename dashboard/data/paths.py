"""Where the project's data files live, resolved from the package so any working directory works."""
import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = PROJECT_ROOT / "data"
# TURKIC_TIES_RAW_DIR serves the app from other raw files (the hostile-input tests use it).
RAW_DIR = Path(os.environ.get("TURKIC_TIES_RAW_DIR") or DATA_DIR / "raw")
REFERENCE_DIR = DATA_DIR / "reference"


def display_path(path: Path) -> str:
    """A path as the user should see it in an error: relative to the project when inside it."""
    try:
        return str(Path(path).resolve().relative_to(PROJECT_ROOT))
    except ValueError:
        return str(path)
