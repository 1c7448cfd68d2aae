"""The pure domain: entities and rules. Never imports sqlalchemy or textual."""
