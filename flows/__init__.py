"""Pure dialogue logic: scenarios as data, deadline maths, texts marked for translation."""
