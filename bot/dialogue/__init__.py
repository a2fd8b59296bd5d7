"""The dialogue: the service transports call (service.py), the hooks features register
(hooks.py), and the service built with every feature installed (assembly.py)."""
