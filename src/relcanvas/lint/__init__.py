"""relcanvas lint: declared rules, an engine, configuration and output formats."""
