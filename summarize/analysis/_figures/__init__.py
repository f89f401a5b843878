"""analysis/_figures."""
