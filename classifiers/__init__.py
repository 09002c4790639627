"""Contract type classification and the archive-number format."""
