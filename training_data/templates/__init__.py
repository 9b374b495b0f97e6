"""Listing and sentence templates, one module per language: ``listing_<code>`` and ``sentence_<code>``.

Templates are ``str.format`` patterns whose slots ``training_data.listings`` and
``training_data.sentences`` fill. Literal text in a template never names a species, so every
species name in a generated text comes from a slot and carries a span.
"""
