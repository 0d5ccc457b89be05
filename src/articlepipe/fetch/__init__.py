"""URLs -> Pages over HTTP: a polite client (per-host limits, robots.txt, retries) that
refuses private addresses and non-HTML bodies, each failure explained."""
