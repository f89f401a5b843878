"""claims/select."""
