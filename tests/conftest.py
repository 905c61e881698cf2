"""Shared test setup: make the project root importable (`import dashboard`, `import tests.e2e.helpers`)."""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
