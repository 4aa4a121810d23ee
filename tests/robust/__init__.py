"""Slow robustness tests (`make test-robust`): hard kills of writers at random moments."""
