"""Plain Python domain: catalogues, rules and value types. Never imports Qt or SQL."""
