"""The counselling-case part of the client record: cases, contacts, closure, dormant cases."""
