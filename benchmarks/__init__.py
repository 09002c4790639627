"""Benchmarks; each prints a JSON summary."""
