"""Evaluation of Dateline output against hand-annotated sets."""
