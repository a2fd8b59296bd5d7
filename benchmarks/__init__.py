"""Benchmarks for `make bench`; results go to docs/performance.md, never into tests."""
