#!/usr/bin/env python3
"""Lints the API contract (openapi.yaml) with nothing but python3-yaml.

    lint-openapi.py [--self-test] FILE

Checks that FILE is OpenAPI 3.1.x; that info has a title and a version; that every operation has a
unique operationId, a summary, responses with at least one 2xx, accepts X-Request-ID, and declares
each path parameter of its path; that every response declares the X-Request-ID header and every
4xx/5xx response is application/problem+json with the Problem schema; that every $ref resolves;
that every schema has a type (or $ref/oneOf/anyOf/allOf), valid type names, `required` properties
that exist and enum values of its type; that security requirements name declared schemes; and that
every example matches its schema. YAML keys may not repeat.

Prints "FILE: N operations, M schemas, OK" and exits 0, or lists the problems and exits 1.
--self-test also breaks FILE in known ways in memory and checks that each break is reported.
"""

import copy
import re
import sys
from datetime import datetime

import yaml

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
JSON_TYPES = {"object", "array", "string", "integer", "number", "boolean", "null"}
PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_REF = "#/components/schemas/Problem"
REQUEST_ID = "x-request-id"
# Keywords whose value is a schema, a list of schemas or a map of schemas.
SCHEMA_KEYWORDS = ("items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else",
                   "unevaluatedItems", "unevaluatedProperties")
SCHEMA_LIST_KEYWORDS = ("allOf", "anyOf", "oneOf", "prefixItems")
SCHEMA_MAP_KEYWORDS = ("properties", "patternProperties", "$defs", "dependentSchemas")
DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


class UniqueKeyLoader(yaml.SafeLoader):
    """A SafeLoader that refuses repeated mapping keys (PyYAML silently keeps the last one)."""


def _construct_mapping(loader, node, deep=False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"repeated key {key!r}", key_node.start_mark)
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


class Linter:
    def __init__(self, doc):
        self.doc = doc
        self.problems = []
        self.operations = 0

    def fail(self, where, message):
        self.problems.append(f"{where}: {message}")

    # --- references ------------------------------------------------------------------------------
    def resolve_pointer(self, ref):
        if not isinstance(ref, str) or not ref.startswith("#/"):
            return None, False
        node = self.doc
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                return None, False
        return node, True

    def deref(self, node, depth=0):
        """Follows $ref chains; unresolved ones are reported by check_refs, here they give {}."""
        while isinstance(node, dict) and "$ref" in node and depth < 20:
            target, ok = self.resolve_pointer(node["$ref"])
            if not ok:
                return {}
            node, depth = target, depth + 1
        return node if node is not None else {}

    def check_refs(self, node, where="#"):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "$ref" and isinstance(value, str):
                    if not value.startswith("#/"):
                        self.fail(where, f"$ref {value!r} is not a local reference (#/...)")
                    elif not self.resolve_pointer(value)[1]:
                        self.fail(where, f"$ref {value!r} does not resolve")
                else:
                    self.check_refs(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                self.check_refs(value, f"{where}/{index}")

    # --- top level -------------------------------------------------------------------------------
    def run(self):
        doc = self.doc
        if not isinstance(doc, dict):
            self.fail("#", "the document is not a mapping")
            return
        version = doc.get("openapi")
        if not isinstance(version, str) or not re.fullmatch(r"3\.1\.\d+", version):
            self.fail("#/openapi", f"must be 3.1.x, not {version!r}")
        info = doc.get("info") if isinstance(doc.get("info"), dict) else {}
        for key in ("title", "version"):
            if not isinstance(info.get(key), str) or not info.get(key).strip():
                self.fail(f"#/info/{key}", "is missing or empty")
        self.check_refs(doc)
        schemes = (doc.get("components") or {}).get("securitySchemes") or {}
        self.check_security(doc.get("security"), "#/security", schemes)

        paths = doc.get("paths")
        if not isinstance(paths, dict) or not paths:
            self.fail("#/paths", "there are no paths")
            paths = {}
        operation_ids = {}
        for path, item in paths.items():
            self.check_path(str(path), item, operation_ids, schemes)

        for name, schema in ((doc.get("components") or {}).get("schemas") or {}).items():
            self.check_schema(schema, f"#/components/schemas/{name}")
        self.check_all_examples(doc, "#")

    def check_security(self, requirements, where, schemes):
        if requirements is None:
            return
        if not isinstance(requirements, list):
            self.fail(where, "must be a list of security requirements")
            return
        for requirement in requirements:
            for name in (requirement or {}):
                if name not in schemes:
                    self.fail(where, f"names security scheme {name!r}, which components/securitySchemes lacks")

    # --- paths and operations --------------------------------------------------------------------
    def parameters_of(self, node):
        result = []
        for parameter in (node or {}).get("parameters") or []:
            resolved = self.deref(parameter)
            if isinstance(resolved, dict):
                result.append(resolved)
        return result

    def check_path(self, path, item, operation_ids, schemes):
        where = f"#/paths/{path}"
        if not path.startswith("/"):
            self.fail(where, "a path must start with /")
        if not isinstance(item, dict):
            self.fail(where, "is not a mapping")
            return
        templated = set(re.findall(r"{([^}/]+)}", path))
        path_level = self.parameters_of(item)
        operations = [method for method in METHODS if method in item]
        if not operations:
            self.fail(where, "has no operations")
        for method in operations:
            self.operations += 1
            operation = item[method]
            op_where = f"{where}/{method}"
            if not isinstance(operation, dict):
                self.fail(op_where, "is not a mapping")
                continue
            operation_id = operation.get("operationId")
            if not isinstance(operation_id, str) or not operation_id:
                self.fail(op_where, "has no operationId")
            elif operation_id in operation_ids:
                self.fail(op_where, f"operationId {operation_id!r} is also used by {operation_ids[operation_id]}")
            else:
                operation_ids[operation_id] = op_where
            if not isinstance(operation.get("summary"), str) or not operation["summary"].strip():
                self.fail(op_where, "has no summary")
            self.check_security(operation.get("security"), f"{op_where}/security", schemes)

            parameters = path_level + self.parameters_of(operation)
            declared = set()
            for parameter in parameters:
                if parameter.get("in") == "path":
                    declared.add(parameter.get("name"))
                    if parameter.get("required") is not True:
                        self.fail(op_where, f"path parameter {parameter.get('name')!r} must be required: true")
                if "schema" not in parameter and "content" not in parameter:
                    self.fail(op_where, f"parameter {parameter.get('name')!r} has no schema")
            for name in sorted(templated - declared):
                self.fail(op_where, f"path parameter {{{name}}} is not declared")
            for name in sorted(declared - templated):
                self.fail(op_where, f"declares path parameter {name!r}, which the path does not have")
            if not any(p.get("in") == "header" and str(p.get("name", "")).lower() == REQUEST_ID for p in parameters):
                self.fail(op_where, "does not accept the X-Request-ID header")

            body = operation.get("requestBody")
            if body is not None:
                body = self.deref(body)
                content = body.get("content") if isinstance(body, dict) else None
                if not content:
                    self.fail(f"{op_where}/requestBody", "has no content")
                for media, media_object in (content or {}).items():
                    if not isinstance(media_object, dict) or "schema" not in media_object:
                        self.fail(f"{op_where}/requestBody/content/{media}", "has no schema")
            self.check_responses(operation.get("responses"), f"{op_where}/responses")

    def check_responses(self, responses, where):
        if not isinstance(responses, dict) or not responses:
            self.fail(where, "has no responses")
            return
        codes = [str(code) for code in responses]
        if not any(re.fullmatch(r"2(\d\d|XX)", code) for code in codes):
            self.fail(where, "has no 2xx response")
        for code, response in responses.items():
            code = str(code)
            r_where = f"{where}/{code}"
            if not re.fullmatch(r"[1-5](\d\d|XX)|default", code):
                self.fail(r_where, "is not a status code")
            response = self.deref(response)
            if not isinstance(response, dict):
                self.fail(r_where, "is not a mapping")
                continue
            if not isinstance(response.get("description"), str):
                self.fail(r_where, "has no description")
            headers = {str(name).lower() for name in (response.get("headers") or {})}
            if REQUEST_ID not in headers:
                self.fail(r_where, "does not declare the X-Request-ID header")
            if code[0] in "45" or code == "default":
                content = response.get("content") or {}
                media = content.get(PROBLEM_MEDIA_TYPE)
                if set(content) != {PROBLEM_MEDIA_TYPE}:
                    self.fail(r_where, f"an error response must be {PROBLEM_MEDIA_TYPE} only, not {sorted(content)}")
                if not isinstance(media, dict) or not self.refers_to_problem(media.get("schema")):
                    self.fail(r_where, f"an error response's schema must be {PROBLEM_REF}")

    def refers_to_problem(self, schema):
        if not isinstance(schema, dict):
            return False
        if schema.get("$ref") == PROBLEM_REF:
            return True
        return any(self.refers_to_problem(part) for part in schema.get("allOf") or [])

    # --- schemas ---------------------------------------------------------------------------------
    def check_schema(self, schema, where):
        if isinstance(schema, bool):
            return
        if not isinstance(schema, dict):
            self.fail(where, "a schema must be a mapping")
            return
        if not any(key in schema for key in ("type", "$ref", "oneOf", "anyOf", "allOf")):
            self.fail(where, "a schema needs a type (or $ref, oneOf, anyOf, allOf)")
        if "nullable" in schema:
            self.fail(where, "`nullable` is OpenAPI 3.0; in 3.1 write type: [T, 'null']")
        types = schema.get("type")
        type_list = types if isinstance(types, list) else [types] if types is not None else []
        for name in type_list:
            if name not in JSON_TYPES:
                self.fail(where, f"unknown type {name!r}")
        if "required" in schema:
            properties = schema.get("properties") or {}
            for name in schema["required"] or []:
                if name not in properties:
                    self.fail(where, f"required property {name!r} is not in properties")
        if "enum" in schema and type_list:
            for value in schema["enum"]:
                if not any(self.is_type(value, name) for name in type_list):
                    self.fail(where, f"enum value {value!r} is not of type {types}")
        for key in SCHEMA_KEYWORDS:
            if isinstance(schema.get(key), dict):
                self.check_schema(schema[key], f"{where}/{key}")
        for key in SCHEMA_LIST_KEYWORDS:
            for index, part in enumerate(schema.get(key) or []):
                self.check_schema(part, f"{where}/{key}/{index}")
        for key in SCHEMA_MAP_KEYWORDS:
            for name, part in (schema.get(key) or {}).items():
                self.check_schema(part, f"{where}/{key}/{name}")

    def schemas_outside_components(self, node, where):
        """Inline schemas of parameters, headers and media types."""
        if isinstance(node, dict):
            for key, value in node.items():
                child = f"{where}/{key}"
                if key == "schema" and isinstance(value, dict) and not where.startswith("#/components/schemas"):
                    self.check_schema(value, child)
                elif key != "schemas":
                    self.schemas_outside_components(value, child)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                self.schemas_outside_components(value, f"{where}/{index}")

    @staticmethod
    def is_type(value, name):
        if name == "null":
            return value is None
        if name == "boolean":
            return isinstance(value, bool)
        if name == "integer":
            return isinstance(value, int) and not isinstance(value, bool)
        if name == "number":
            return isinstance(value, (int, float)) and not isinstance(value, bool)
        if name == "string":
            return isinstance(value, str)
        if name == "array":
            return isinstance(value, list)
        if name == "object":
            return isinstance(value, dict)
        return False

    # --- examples --------------------------------------------------------------------------------
    def validate(self, value, schema, where, depth=0):
        """A small JSON Schema subset: enough to catch an example that drifted from its schema."""
        schema = self.deref(schema)
        if depth > 30 or not isinstance(schema, dict):
            return
        if "allOf" in schema:
            for part in schema["allOf"]:
                self.validate(value, part, where, depth + 1)
        for key in ("anyOf", "oneOf"):
            if key in schema:
                matches = 0
                for part in schema[key]:
                    probe = Linter(self.doc)
                    probe.validate(value, part, where, depth + 1)
                    matches += not probe.problems
                if matches == 0 or (key == "oneOf" and matches > 1):
                    self.fail(where, f"example matches {matches} of the {key} schemas")
        if isinstance(value, datetime):
            self.fail(where, "example date-times must be quoted: YAML turned this one into a timestamp")
            return
        types = schema.get("type")
        type_list = types if isinstance(types, list) else [types] if types is not None else []
        if type_list and not any(self.is_type(value, name) for name in type_list):
            self.fail(where, f"example {value!r} is not of type {types}")
            return
        if "const" in schema and value != schema["const"]:
            self.fail(where, f"example {value!r} is not {schema['const']!r}")
        if "enum" in schema and value not in schema["enum"]:
            self.fail(where, f"example {value!r} is not one of {schema['enum']}")
        if isinstance(value, str):
            if "maxLength" in schema and len(value) > schema["maxLength"]:
                self.fail(where, f"example is longer than {schema['maxLength']}")
            if "minLength" in schema and len(value) < schema["minLength"]:
                self.fail(where, f"example is shorter than {schema['minLength']}")
            if "pattern" in schema and not re.search(schema["pattern"], value):
                self.fail(where, f"example {value!r} does not match {schema['pattern']}")
            if schema.get("format") == "date-time" and not DATE_TIME.match(value):
                self.fail(where, f"example {value!r} is not an RFC 3339 date-time")
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if "minimum" in schema and value < schema["minimum"]:
                self.fail(where, f"example {value} is below {schema['minimum']}")
            if "maximum" in schema and value > schema["maximum"]:
                self.fail(where, f"example {value} is above {schema['maximum']}")
        if isinstance(value, dict):
            properties = schema.get("properties") or {}
            for name in schema.get("required") or []:
                if name not in value:
                    self.fail(where, f"example lacks required property {name!r}")
            for name, item in value.items():
                if name in properties:
                    self.validate(item, properties[name], f"{where}/{name}", depth + 1)
                elif schema.get("additionalProperties") is False:
                    self.fail(where, f"example has property {name!r}, which the schema does not allow")
        if isinstance(value, list) and isinstance(schema.get("items"), (dict, bool)):
            for index, item in enumerate(value):
                self.validate(item, schema["items"], f"{where}/{index}", depth + 1)

    def check_all_examples(self, node, where):
        if isinstance(node, dict):
            schema = node.get("schema")
            if isinstance(schema, dict):
                if "example" in node:
                    self.validate(node["example"], schema, f"{where}/example")
                for name, example in (node.get("examples") or {}).items():
                    example = self.deref(example)
                    if isinstance(example, dict) and "value" in example:
                        self.validate(example["value"], schema, f"{where}/examples/{name}")
            if where.startswith("#/components/schemas") and "example" in node and ("type" in node or "$ref" in node):
                self.validate(node["example"], node, f"{where}/example")
            for key, value in node.items():
                if key not in ("example", "examples"):
                    self.check_all_examples(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                self.check_all_examples(value, f"{where}/{index}")


def lint(doc):
    linter = Linter(doc)
    linter.run()
    linter.schemas_outside_components(doc, "#")
    schemas = len(((doc or {}).get("components") or {}).get("schemas") or {}) if isinstance(doc, dict) else 0
    return linter.problems, linter.operations, schemas


def load(path):
    with open(path, encoding="utf-8") as stream:
        return yaml.load(stream, Loader=UniqueKeyLoader)


def self_test(doc):
    """Breaks a good document in known ways; each break must be reported. Returns the failures."""

    def first_operation(d):
        for item in d["paths"].values():
            for method in METHODS:
                if method in item:
                    return item[method]
        raise AssertionError("no operation")

    def first_error_response(d):
        for item in d["paths"].values():
            for method in METHODS:
                for code, response in (item.get(method) or {}).get("responses", {}).items():
                    if str(code)[0] in "45":
                        return item[method]["responses"], code
        raise AssertionError("no error response")

    def break_error_media(d):
        responses, code = first_error_response(d)
        responses[code] = {"description": "x", "headers": {"X-Request-ID": {"schema": {"type": "string"}}},
                           "content": {"application/json": {"schema": {"type": "object"}}}}

    def add_templated_path(d):
        d["paths"]["/v1/things/{thing}"] = {"get": {
            "operationId": "getThing", "summary": "x",
            "parameters": [{"$ref": "#/components/parameters/RequestId"}],
            "responses": {"200": {"description": "x", "headers": {"X-Request-ID": {"schema": {"type": "string"}}}}}}}

    def duplicate_operation_id(d):
        operations = [item[m] for item in d["paths"].values() for m in METHODS if m in item]
        operations[1]["operationId"] = operations[0]["operationId"]

    def only_error_responses(d):
        operation = first_operation(d)
        operation["responses"] = {k: v for k, v in operation["responses"].items() if not str(k).startswith("2")}

    def untyped_schema(d):
        d["components"]["schemas"]["Untyped"] = {"properties": {"a": {"type": "string"}}}

    def wrong_enum(d):
        d["components"]["schemas"]["Wrong"] = {"type": "string", "enum": ["a", 3]}

    def bad_example(d):
        d["components"]["schemas"]["Sample"] = {"type": "object", "required": ["n"],
                                                "properties": {"n": {"type": "integer"}}, "example": {"n": "one"}}

    breaks = [
        ("openapi 3.0", lambda d: d.__setitem__("openapi", "3.0.3"), "must be 3.1.x"),
        ("no title", lambda d: d["info"].pop("title"), "#/info/title"),
        ("no operationId", lambda d: first_operation(d).pop("operationId"), "has no operationId"),
        ("duplicate operationId", duplicate_operation_id, "is also used by"),
        ("no summary", lambda d: first_operation(d).pop("summary"), "has no summary"),
        ("no 2xx", only_error_responses, "has no 2xx response"),
        ("dangling $ref", lambda d: d["components"]["schemas"].pop("Problem"), "does not resolve"),
        ("error as application/json", break_error_media, "application/problem+json"),
        ("undeclared path parameter", add_templated_path, "is not declared"),
        ("schema without type", untyped_schema, "needs a type"),
        ("enum of the wrong type", wrong_enum, "is not of type"),
        ("example against its schema", bad_example, "is not of type"),
        ("no X-Request-ID", lambda d: first_operation(d).pop("parameters"), "X-Request-ID"),
        ("unknown security scheme", lambda d: d.__setitem__("security", [{"nope": []}]), "security scheme"),
    ]
    failures = []
    for name, mutate, expected in breaks:
        broken = copy.deepcopy(doc)
        mutate(broken)
        problems = lint(broken)[0]
        if not any(expected in problem for problem in problems):
            failures.append(f"self-test '{name}': expected a problem containing {expected!r}, got {problems}")
    try:
        yaml.load("a: 1\na: 2\n", Loader=UniqueKeyLoader)
        failures.append("self-test 'repeated key': a repeated YAML key was accepted")
    except yaml.YAMLError:
        pass
    return failures, len(breaks) + 1


def main(argv):
    args = [a for a in argv[1:] if a != "--self-test"]
    if len(args) != 1:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    path = args[0]
    try:
        doc = load(path)
    except (OSError, yaml.YAMLError) as error:
        print(f"{path}: cannot read: {error}", file=sys.stderr)
        return 1
    problems, operations, schemas = lint(doc)
    if problems:
        for problem in problems:
            print(f"{path}: {problem}", file=sys.stderr)
        print(f"{path}: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    if "--self-test" in argv:
        failures, count = self_test(doc)
        if failures:
            for failure in failures:
                print(failure, file=sys.stderr)
            return 1
        print(f"lint-openapi.py: self-test: all {count} deliberate breaks detected")
    print(f"{path}: {operations} operations, {schemas} schemas, OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
