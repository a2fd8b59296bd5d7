"""Buyers rate answers: 👍 / 👎 under each answer, and what was wrong after a 👎."""
