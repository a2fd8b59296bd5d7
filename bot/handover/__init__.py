"""A person to talk to: buyers' requests reach the operators, their replies reach the buyer."""
