"""Prefect flows, the tasks that wrap the stages, deployments, the watcher and the CLI."""
