"""The engine: scenario data types, the one shared `transitions` machine built from them, and
what is drawn or checked from it (diagrams, registry, rule coverage)."""
