"""Operating the bot: online backups, the health check and the poll heartbeat it reads."""
