"""Extraction: the NLP stages that turn an Article into a Record."""
