"""Shared helpers of the benchmark: percentiles, timing loops, /proc memory readings, machine facts."""
from __future__ import annotations

import importlib.metadata
import os
import platform
import subprocess
import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]


def summary(samples: list[float]) -> dict[str, float]:
    """p50/p95/min/max (seconds) and the number of samples; p95 of few samples is the linear estimate."""
    if not samples:
        return {"n": 0, "p50": float("nan"), "p95": float("nan"), "min": float("nan"), "max": float("nan")}
    values = np.asarray(samples, dtype=float)
    return {"n": len(values), "p50": float(np.percentile(values, 50)), "p95": float(np.percentile(values, 95)),
            "min": float(values.min()), "max": float(values.max())}


def repeat(fn: Callable[[], object], runs: int, warmup: int = 1) -> list[float]:
    """Wall-clock seconds of `runs` calls of fn after `warmup` untimed calls."""
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
    return samples


def proc_kb(key: str, pid: int | str = "self") -> int:
    """A kB figure from /proc/<pid>/status, e.g. VmRSS (resident now) or VmHWM (resident high-water mark)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    raise KeyError(key)


def reset_peak(pid: int | str = "self") -> bool:
    """Reset VmHWM to the current RSS (Linux >= 4.0: write 5 to clear_refs); False where not allowed."""
    try:
        Path(f"/proc/{pid}/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def mem_available_kb() -> int:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemAvailable:"):
            return int(line.split()[1])
    return 0


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def _cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def _chromium_version(path: str) -> str:
    try:
        out = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=20).stdout.strip()
        return out or "unknown"
    except (OSError, subprocess.TimeoutExpired):
        return "not found"


def machine(chromium: str) -> dict[str, object]:
    """What the figures were measured on (they mean little without it)."""
    mem_kb = 0
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            mem_kb = int(line.split()[1])
    return {
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cores": os.cpu_count(), "cpu": _cpu_model(), "ram_gib": round(mem_kb / 1024 ** 2, 1),
        "os": platform.platform(), "python": platform.python_version(),
        **{name: _version(name) for name in ("streamlit", "pandas", "numpy", "pyarrow", "plotly", "duckdb",
                                             "playwright")},
        "chromium": _chromium_version(chromium),
        "load_before": " ".join(f"{x:.1f}" for x in os.getloadavg()),
    }
