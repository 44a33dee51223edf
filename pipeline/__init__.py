"""PardonWatch."""
