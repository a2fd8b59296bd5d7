"""Deadline maths: pure and total, aware datetimes in and out, days in the user's zone."""
