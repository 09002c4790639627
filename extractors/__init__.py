"""Page loading, image cleanup, OCR and field extraction stages."""
