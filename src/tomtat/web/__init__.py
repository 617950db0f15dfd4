"""`tomtat serve`: a web reader and a JSON API over the SQLite store."""
