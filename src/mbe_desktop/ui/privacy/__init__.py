"""Data-protection windows: retention and erasure, access requests, consents, the audit log."""
