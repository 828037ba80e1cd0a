"""Validate documents with Python's jsonschema (draft 2020-12), as a back end in another language would.

Reads {"schema": ..., "documents": [...]} as JSON from stdin and prints a JSON list with, for each document,
whether it is valid. Formats are left as annotations (jsonschema's default): the patterns carry the meaning.
Run by tests/core/io/json-schema-portability.test.ts.
"""

import json
import sys

from jsonschema import Draft202012Validator

payload = json.load(sys.stdin)
Draft202012Validator.check_schema(payload["schema"])
validator = Draft202012Validator(payload["schema"])
json.dump([validator.is_valid(document) for document in payload["documents"]], sys.stdout)
