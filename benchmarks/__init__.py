"""`make bench`: build, page, browser, scale, memory and load figures, written to docs/benchmarks.md."""
