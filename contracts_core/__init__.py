"""Small shared modules: the record model, settings and the error families."""
