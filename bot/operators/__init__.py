"""What operators use to read the conversation log, and what users use to erase themselves.

Telegram commands, the `refundbot logs` export and the web console all read through
these modules, and every read is written to the `audit` table.
"""
