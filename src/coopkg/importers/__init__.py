"""Importers: structured datasets (CORDIS, ...) turned into coopkg records or graphs."""
