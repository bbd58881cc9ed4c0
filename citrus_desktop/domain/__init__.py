"""Rules, validation, use cases and list queries. Imports no Qt; errors are typed exceptions."""
