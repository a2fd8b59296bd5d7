"""What users type on screens that expect input: the parsers and each language's words."""
