"""The self-check: probes of what the app needs, with a fix for each."""
