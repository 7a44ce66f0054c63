#!/usr/bin/python3
"""Contract test: a real license-server answers as openapi.yaml says.

Starts `license-server --demo` on loopback with a temporary SQLite database, exercises every documented
operation (and the documented error answers) over real HTTP, and checks each answer against the
contract: the status is documented for that operation, the Content-Type matches, the body validates
against the documented JSON Schema (draft 2020-12, as OpenAPI 3.1 uses) and documented headers are
present. Fails if an operation of the contract was never exercised. The checkout also goes through what is
not this API: the payment sandbox's card tokenization and PayPal approval page, `license-server admin`
(record-payment, create-account) on the same database, and a second server process on it whose price list
lets quotes expire within a second. Offline license files are parsed and their payload checked against its
schema too; their Ed25519 signatures are verified with python3-cryptography when it is installed (else a
note says they were not), also across `license-server admin rotate-signing-key`.

  test_openapi_contract.py OPENAPI_YAML      (LP_SERVER_BINARY names the license-server binary)
"""
import base64
import datetime
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

import yaml
from jsonschema import Draft202012Validator, RefResolver

try:  # Debian's python3-cryptography (scripts/install-deps.sh) verifies the offline licenses' signatures.
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat, load_pem_public_key
except ImportError:
    load_pem_public_key = None

failures = []
exercised = set()


def fail(message):
    failures.append(message)
    print("FAIL:", message)


# A demo fleet with more than 10,000 active devices (a list past that answers a null total): the contract
# needs that case, not the default 100,000 devices (7 s to seed, 16 s under ASan).
DEMO = ("--demo", "--demo-fleet-size", "25000")


class Server:
    """A license-server on loopback: the demo on a new database, or another process on `share`'s database."""

    def __init__(self, binary, share=None, extra=()):
        self.binary = binary
        self.dir = tempfile.TemporaryDirectory()
        self.db = share.db if share else os.path.join(self.dir.name, "contract.sqlite")
        self.proc = subprocess.Popen(
            [binary, "--db", self.db, "--port", "0", *(("--payment-sandbox",) if share else DEMO), *extra],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        for line in self.proc.stdout:
            match = re.search(r"listening on (http://127\.0\.0\.1:\d+)", line)
            if match:
                self.base = match.group(1)
                return
        raise SystemExit("license-server did not start")

    def stop(self):
        self.proc.terminate()
        self.proc.wait(timeout=10)
        self.dir.cleanup()

    def admin(self, *arguments, stdin=None):
        """`license-server admin …` on this server's database; answers (exit code, stdout + stderr)."""
        done = subprocess.run([self.binary, "admin", *arguments, "--db", self.db], input=stdin,
                              capture_output=True, text=True, timeout=60)
        return done.returncode, done.stdout + done.stderr


def request(base, method, path, body=None, headers=None, raw=None):
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    req = urllib.request.Request(base + path, data=data, method=method)
    if data is not None and not (headers and "Content-Type" in headers):
        req.add_header("Content-Type", "application/json")
    for key, value in (headers or {}).items():
        req.add_header(key, value)
    try:
        with urllib.request.urlopen(req, timeout=30) as reply:
            return reply.status, dict(reply.headers), reply.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


class Contract:
    def __init__(self, path):
        with open(path, encoding="utf-8") as handle:
            self.spec = yaml.safe_load(handle)
        self.resolver = RefResolver.from_schema(self.spec)
        self.templates = []
        for template in self.spec["paths"]:
            pattern = "^" + re.sub(r"\{[^}]+\}", "[^/]+", template) + "$"
            self.templates.append((re.compile(pattern), template))

    def deref(self, node):
        while isinstance(node, dict) and "$ref" in node:
            node = self.resolver.resolve(node["$ref"])[1]
        return node

    def operation(self, method, path):
        for pattern, template in self.templates:
            if pattern.match(path):
                return template, self.spec["paths"][template].get(method.lower())
        return None, None

    def check(self, name, method, path, answer):
        status, headers, body = answer
        headers = {key.lower(): value for key, value in headers.items()}
        template, operation = self.operation(method, path.split("?")[0])
        if template is None:
            documented = self.deref({"$ref": "#/components/responses/NotFound"})
            expected = {404}
        elif operation is None:
            documented = self.deref({"$ref": "#/components/responses/MethodNotAllowed"})
            expected = {405}
        else:
            exercised.add((method.upper(), template))
            responses = operation["responses"]
            expected = {int(code) for code in responses}
            documented = self.deref(responses.get(str(status), {}))
        if status not in expected:
            fail(f"{name}: {method} {path} answered {status}, the contract documents {sorted(expected)}")
            return None
        for header in documented.get("headers", {}):
            if header.lower() not in headers:
                fail(f"{name}: {method} {path} {status} lacks the documented header {header}")
        content = documented.get("content")
        if not content:
            if body:
                fail(f"{name}: {method} {path} {status} has a body the contract does not document")
            else:
                print(f"ok   {name}: {method} {path} -> {status}")
            return None
        media = headers.get("content-type", "").split(";")[0].strip()
        if media not in content:
            fail(f"{name}: {method} {path} {status} is {media!r}, the contract says {sorted(content)}")
            return None
        try:
            document = json.loads(body)
        except ValueError as error:
            fail(f"{name}: {method} {path} {status} body is not JSON: {error}")
            return None
        schema = content[media]["schema"]
        validator = Draft202012Validator(schema, resolver=self.resolver,
                                         format_checker=Draft202012Validator.FORMAT_CHECKER)
        for error in validator.iter_errors(document):
            where = "/".join(str(part) for part in error.absolute_path) or "(body)"
            fail(f"{name}: {method} {path} {status} breaks the schema at {where}: {error.message}")
        print(f"ok   {name}: {method} {path} -> {status}")
        return document

    def validate(self, name, document, ref):
        """Checks a document that is not an answer of this API (the payment provider's) against a schema."""
        validator = Draft202012Validator({"$ref": ref}, resolver=self.resolver,
                                         format_checker=Draft202012Validator.FORMAT_CHECKER)
        for error in validator.iter_errors(document):
            where = "/".join(str(part) for part in error.absolute_path) or "(body)"
            fail(f"{name}: breaks {ref} at {where}: {error.message}")

    def matches(self, document, ref):
        """Whether a document (a request body this test sends) is valid against a schema of the contract."""
        return Draft202012Validator({"$ref": ref}, resolver=self.resolver,
                                    format_checker=Draft202012Validator.FORMAT_CHECKER).is_valid(document)


def bucket_start(day, granularity):
    if granularity == "week":
        return day - datetime.timedelta(days=day.weekday())
    if granularity == "month":
        return day.replace(day=1)
    return day


def next_bucket(start, granularity):
    if granularity == "week":
        return start + datetime.timedelta(days=7)
    if granularity == "month":
        return (start.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    return start + datetime.timedelta(days=1)


def check_usage_report(name, report, first, last, granularity, license):
    """The rules of the usage answer that a schema cannot say: dense calendar buckets, sums, order."""
    if not report:
        return
    if (report["from"], report["to"], report["granularity"]) != (first.isoformat(), last.isoformat(), granularity):
        fail(f"{name}: answered {report['from']}..{report['to']} per {report['granularity']}, "
             f"asked {first}..{last} per {granularity}")
    expected = []
    start = bucket_start(first, granularity)
    while start <= last:
        expected.append(start.isoformat())
        start = next_bucket(start, granularity)
    if [item["start"] for item in report["items"]] != expected:
        fail(f"{name}: the buckets should start on {expected[:3]}... ({len(expected)} of them), "
             f"not {[item['start'] for item in report['items']][:3]}... ({len(report['items'])})")
    totals = {}
    for item in report["items"]:
        if item["total"] != sum(item["by_format"].values()):
            fail(f"{name}: the bucket of {item['start']} totals {item['total']}, its formats {item['by_format']}")
        for format_name, count in item["by_format"].items():
            totals[format_name] = totals.get(format_name, 0) + count
        if ("devices_in_use" in item) != (license["type"] == "per_device"):
            fail(f"{name}: devices_in_use should be present exactly for per-device licenses ({item})")
    if report["formats"] != sorted(totals, key=lambda f: (-totals[f], f)):
        fail(f"{name}: formats {report['formats']} are not the formats of the buckets, most scanned first")
    if report["device_allowance"] != license["device_allowance"]:
        fail(f"{name}: device_allowance {report['device_allowance']}, the license has {license['device_allowance']}")


def check_quota(name, quota, license):
    if not quota:
        return
    if quota["remaining"] != max(0, quota["quota"] - quota["used"]) or not (
            0 <= quota["lapsing"] <= quota["remaining"] <= quota["quota"]):
        fail(f"{name}: quota {quota['quota']}, used {quota['used']}, remaining {quota['remaining']}, "
             f"lapsing {quota['lapsing']} do not add up")
    if quota["period_end"] <= quota["period_start"]:
        fail(f"{name}: the period ends before it starts")
    if (quota["quota"], quota["period"]) != (license["scan_quota"], license["quota_period"]):
        fail(f"{name}: quota {quota['quota']} {quota['period']}, the license has "
             f"{license['scan_quota']} {license['quota_period']}")
    if quota["period_start"] != license["quota_period_start"]:
        fail(f"{name}: the quota period starts {quota['period_start']}, the license says "
             f"{license['quota_period_start']}")
    if license["status"] == "expired" and (quota["daily_rate"] != 0 or quota["lapsing"] != quota["remaining"]
                                           or quota["forecast_exhausted_at"] is not None):
        fail(f"{name}: an expired license forecasts nothing: all remaining credits have lapsed ({quota})")


def check_priced(name, priced):
    """The money rules of quotes and orders: each line's amount is list_price - discount, the total their sum."""
    if not priced or "total" not in priced:  # nothing priced, or a problem document
        return priced
    for index, line in enumerate(priced["items"]):
        if line["amount"] != line["list_price"] - line["discount"]:
            fail(f"{name}: items[{index}] amounts to {line['amount']}, not list_price {line['list_price']} - "
                 f"discount {line['discount']}")
        if line["covers_until"] < line["covers_from"]:
            fail(f"{name}: items[{index}] covers {line['covers_from']}..{line['covers_until']}")
    if priced["total"] != sum(line["amount"] for line in priced["items"]):
        fail(f"{name}: total {priced['total']} is not the sum of the lines")
    return priced


def fields_of(answer):
    return [error["field"] for error in (answer or {}).get("errors", [])]


def parse_time(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def signature_verifies(public_key_pem, payload, signature):
    """Whether `signature` (base64) is the Ed25519 signature of `payload`'s UTF-8 bytes by the PEM key;
    None when python3-cryptography is not installed."""
    if load_pem_public_key is None:
        return None
    try:
        key = load_pem_public_key(public_key_pem.encode("ascii"))
        if not isinstance(key, Ed25519PublicKey):
            return False
        key.verify(base64.b64decode(signature, validate=True), payload.encode("utf-8"))
        return True
    except (InvalidSignature, ValueError):
        return False


def check_signing_keys(name, answer):
    """The signing keys newest first, each id derived from its public key; answers them by id, in order."""
    if not answer:
        return {}
    items = answer["items"]
    stamps = [key["created_at"] for key in items]
    if stamps != sorted(set(stamps), reverse=True):
        fail(f"{name}: the keys should be listed newest first, not made at {stamps}")
    if load_pem_public_key is not None:
        for key in items:
            raw = load_pem_public_key(key["public_key_pem"].encode("ascii")).public_bytes(Encoding.Raw,
                                                                                         PublicFormat.Raw)
            if key["id"] != "ed25519-" + hashlib.sha256(raw).hexdigest()[:16]:
                fail(f"{name}: the key id {key['id']} is not derived from its public key")
    return {key["id"]: key for key in items}


def check_offline_file(contract, name, file, license, sent, formats, keys):
    """The rules of an issued offline license that its schema cannot say: the payload is the canonical
    text of a payload (checked against its own schema) for this license and device, valid from now for the
    days asked but not past the term, and signed by the listed key it names. Answers the payload."""
    if not file or "payload" not in file:
        return None
    try:
        payload = json.loads(file["payload"])
    except ValueError as error:
        fail(f"{name}: the payload is not JSON: {error}")
        return None
    ref = "#/components/schemas/OfflineLicensePayload"
    contract.validate(f"{name}, payload", payload, ref)
    if not isinstance(payload, dict):
        return None
    fields = set(contract.deref({"$ref": ref})["properties"])
    if set(payload) != fields:
        fail(f"{name}: the payload has the fields {sorted(payload)}, the contract {sorted(fields)}")
    if file["payload"] != json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False):
        fail(f"{name}: the payload is not canonical (compact, keys sorted, UTF-8): {file['payload']!r}")
    expected = {"license_id": license["id"], "product": license["product"],
                "handshake_code": license["handshake_code"], "device_hash": sent["device_hash"].lower(),
                "platform": sent["platform"].strip(), "features": formats, "key_id": file["key_id"]}
    got = {key: payload.get(key) for key in expected}
    if got != expected:
        fail(f"{name}: the payload should say {expected}, not {got}")
    try:
        issued, not_before, expires = (parse_time(payload[key]) for key in ("issued_at", "not_before", "expires_at"))
    except (KeyError, TypeError, ValueError):
        return payload  # the schema check said what is wrong
    if abs((datetime.datetime.now(datetime.timezone.utc) - issued).total_seconds()) > 300:
        fail(f"{name}: issued at {payload['issued_at']}, which is not now")
    ends = min(parse_time(license["term_end"]), issued + datetime.timedelta(days=sent["validity_days"]))
    if (not_before, expires) != (issued, ends):
        fail(f"{name}: {sent['validity_days']} days issued at {payload['issued_at']} under a term ending "
             f"{license['term_end']} should run from then to {ends.isoformat()}, not {payload['not_before']} to "
             f"{payload['expires_at']}")
    key = keys.get(file["key_id"])
    if key is None:
        fail(f"{name}: signed by {file['key_id']}, which GET /v1/signing-keys does not list")
    elif signature_verifies(key["public_key_pem"], file["payload"], file["signature"]) is False:
        fail(f"{name}: the signature does not verify with the key {file['key_id']}")
    return payload


def main():
    contract = Contract(sys.argv[1])
    server = Server(os.environ["LP_SERVER_BINARY"])
    base = server.base
    try:
        login = lambda body, **kw: request(base, "POST", "/v1/auth/login", body, **kw)
        demo = {"email": "demo@example.com", "password": "demo-portal-2026"}

        tokens = contract.check("login", "POST", "/v1/auth/login", login(demo)) or {}
        bearer = {"Authorization": "Bearer " + tokens.get("access_token", "")}
        contract.check("wrong password", "POST", "/v1/auth/login",
                       login({"email": "demo@example.com", "password": "wrong-password"}))
        contract.check("wrong types", "POST", "/v1/auth/login", login({"email": 5, "password": []}))
        contract.check("malformed JSON", "POST", "/v1/auth/login", login(None, raw=b'{"email":'))
        contract.check("wrong media type", "POST", "/v1/auth/login",
                       login(None, raw=b"email=a", headers={"Content-Type": "text/plain"}))
        contract.check("oversized body", "POST", "/v1/auth/login",
                       login(None, raw=b'{"email":"' + b"a" * 70000 + b'"}'))

        me = "/v1/me"
        contract.check("me", "GET", me, request(base, "GET", me, headers=bearer))
        contract.check("me without token", "GET", me, request(base, "GET", me))
        contract.check("me with a forged token", "GET", me,
                       request(base, "GET", me, headers={"Authorization": "Bearer forged"}))

        listing = contract.check("licenses", "GET", "/v1/licenses",
                                 request(base, "GET", "/v1/licenses", headers=bearer)) or {"items": []}
        if len(listing["items"]) < 5:
            fail(f"the demo account lists {len(listing['items'])} licenses, expected at least 5")
        for item in listing["items"][:2]:
            one = f"/v1/licenses/{item['id']}"
            contract.check("license", "GET", one, request(base, "GET", one, headers=bearer))
            revealed = contract.check("license revealed", "GET", one + "?reveal=license_key",
                                      request(base, "GET", one + "?reveal=license_key", headers=bearer))
            if revealed and revealed["license_key"] == item["license_key"]:
                fail("reveal=license_key answered the masked key")
        missing = "/v1/licenses/lic_DOESNOTEXIST0000"
        contract.check("missing license", "GET", missing, request(base, "GET", missing, headers=bearer))

        contract.check("refresh", "POST", "/v1/auth/refresh",
                       request(base, "POST", "/v1/auth/refresh", {"refresh_token": tokens.get("refresh_token", "")}))
        contract.check("refresh reuse", "POST", "/v1/auth/refresh",
                       request(base, "POST", "/v1/auth/refresh", {"refresh_token": tokens.get("refresh_token", "")}))
        contract.check("refresh bad body", "POST", "/v1/auth/refresh",
                       request(base, "POST", "/v1/auth/refresh", {"refresh_token": 7}))

        second = contract.check("login again", "POST", "/v1/auth/login", login(demo)) or {}
        contract.check("logout", "POST", "/v1/auth/logout",
                       request(base, "POST", "/v1/auth/logout", {"refresh_token": second.get("refresh_token", "")}))
        contract.check("logout bad body", "POST", "/v1/auth/logout",
                       request(base, "POST", "/v1/auth/logout", {}))

        # The device side: the demo's per-device "Mobile" key has 23 of 25 seats taken.
        mobile = next((item for item in listing["items"]
                       if item["type"] == "per_device" and item["status"] == "active"
                       and item["device_allowance"] - item["devices_in_use"] == 2), None)
        if mobile is None:
            fail("the demo account has no active per-device license with exactly two free seats")
        else:
            code = mobile["handshake_code"]
            device = lambda n: {"handshake_code": code, "device_hash": f"{n:064x}", "platform": "Android 14",
                                "sdk_version": "10.4", "name": f"Contract-{n}"}
            register = lambda body: request(base, "POST", "/v1/devices/register", body)
            contract.check("register", "POST", "/v1/devices/register", register(device(1)))
            contract.check("register again", "POST", "/v1/devices/register", register(device(1)))
            contract.check("register last seat", "POST", "/v1/devices/register", register(device(2)))
            contract.check("register past allowance", "POST", "/v1/devices/register", register(device(3)))
            contract.check("register bad hash", "POST", "/v1/devices/register",
                           register({**device(4), "device_hash": "abc"}))
            contract.check("register unknown code", "POST", "/v1/devices/register",
                           register({**device(5), "handshake_code": "100000000-000000"}))
            heartbeat = lambda n: request(base, "POST", "/v1/devices/heartbeat",
                                          {"handshake_code": code, "device_hash": f"{n:064x}"})
            lease = contract.check("heartbeat", "POST", "/v1/devices/heartbeat", heartbeat(1))
            if lease and lease["quota"] is not None:
                fail("the heartbeat answer of a per-device license should carry a null quota")
            contract.check("heartbeat unknown device", "POST", "/v1/devices/heartbeat", heartbeat(9))
        expired = next((item for item in listing["items"] if item["status"] == "expired"), None)
        if expired:
            contract.check("register under expired", "POST", "/v1/devices/register",
                           request(base, "POST", "/v1/devices/register",
                                   {"handshake_code": expired["handshake_code"], "device_hash": "f" * 64,
                                    "platform": "p", "sdk_version": "1", "name": "n"}))

        # The portal's device list and refresh preview of every per-device license. Reusing a refresh
        # token above revoked the first session: sign in again.
        third = contract.check("login for devices", "POST", "/v1/auth/login", login(demo)) or {}
        bearer = {"Authorization": "Bearer " + third.get("access_token", "")}
        per_device = [item for item in listing["items"] if item["type"] == "per_device"]
        if not per_device:
            fail("the demo account has no per-device license")
        for item in per_device:
            devices = f"/v1/licenses/{item['id']}/devices"
            page = contract.check("devices", "GET", devices, request(base, "GET", devices, headers=bearer)) or {}
            if page.get("next_cursor"):
                following = f"{devices}?cursor={page['next_cursor']}"
                contract.check("devices, next page", "GET", following,
                               request(base, "GET", following, headers=bearer))
            preview = f"{devices}/refresh-preview"
            contract.check("refresh preview", "GET", preview, request(base, "GET", preview, headers=bearer))
        by_product = {item["product"]: item for item in per_device}
        fleet = by_product.get("Warehouse Scanner Fleet")
        handhelds = by_product.get("Retail Handheld Fleet")
        if fleet is None or handhelds is None:
            fail("the demo account lacks the Warehouse Scanner Fleet or the Retail Handheld Fleet license")
        else:
            devices = f"/v1/licenses/{fleet['id']}/devices"
            searched = f"{devices}?q=FORKLIFT-0&sort=name&order=desc&status=active&limit=5"
            page = contract.check("devices searched, sorted, filtered", "GET", searched,
                                  request(base, "GET", searched, headers=bearer)) or {}
            if page and not all(d["name"].startswith("Forklift-0") and d["status"] == "active"
                                for d in page["items"]):
                fail(f"{searched} listed devices that do not match")
            released = f"{devices}?status=released&sort=first_registered&order=asc"
            page = contract.check("released devices", "GET", released,
                                  request(base, "GET", released, headers=bearer)) or {}
            if page and (not page["items"] or any(d["released_at"] is None for d in page["items"])):
                fail(f"{released} should list released devices with their released_at")
            by_hash = f"{devices}?q={'0' * 3}&limit=500"
            contract.check("devices by hash prefix", "GET", by_hash, request(base, "GET", by_hash, headers=bearer))
            crowd = f"/v1/licenses/{handhelds['id']}/devices?status=active&limit=1"
            page = contract.check("more than 10,000 matches", "GET", crowd,
                                  request(base, "GET", crowd, headers=bearer)) or {}
            if page and page["total"] is not None:
                fail(f"{crowd} counted {page['total']} matches; more than 10,000 answer a null total")
            for name, query in (("limit 0", "limit=0"), ("limit 501", "limit=501"), ("limit abc", "limit=abc"),
                                ("unknown sort", "sort=foo"), ("unknown order", "order=up"),
                                ("unknown status", "status=gone"), ("q too long", "q=" + "a" * 101),
                                ("forged cursor", "cursor=bm90LWEtY3Vyc29y")):
                path = f"{devices}?{query}"
                answer = contract.check(f"devices, {name}", "GET", path, request(base, "GET", path, headers=bearer))
                field = query.split("=")[0]
                if answer and [e["field"] for e in answer.get("errors", [])] != [field]:
                    fail(f"{path}: the problem should name the field {field!r}, not {answer.get('errors')}")
            first = contract.check("devices by name", "GET", devices + "?sort=name&limit=2",
                                   request(base, "GET", devices + "?sort=name&limit=2", headers=bearer)) or {}
            if first.get("next_cursor"):
                mixed = f"{devices}?sort=last_seen&cursor={first['next_cursor']}"
                answer = contract.check("cursor of another sort", "GET", mixed,
                                        request(base, "GET", mixed, headers=bearer))
                if answer and [e["field"] for e in answer.get("errors", [])] != ["cursor"]:
                    fail(f"{mixed}: the problem should name the field 'cursor', not {answer.get('errors')}")
            for path in (devices, devices + "/refresh-preview"):
                contract.check("devices without token", "GET", path, request(base, "GET", path))
                absent = path.replace(fleet["id"], "lic_DOESNOTEXIST0000")
                contract.check("devices of a missing license", "GET", absent,
                               request(base, "GET", absent, headers=bearer))

        # Issue 4: scan usage, the quota of per-scan licenses and the pre-scan settings, and how the
        # device side reports usage and receives quota and settings.
        per_scan = [item for item in listing["items"] if item["type"] == "per_scan"]
        scanner = next((item for item in per_scan if item["status"] == "active"), None)
        if scanner is None or not per_device:
            fail("the demo account lacks an active per-scan license or a per-device license")
        else:
            today = datetime.datetime.now(datetime.timezone.utc).date()
            usage_of = lambda item, query: f"/v1/licenses/{item['id']}/usage?{query}"
            get = lambda path, **kw: request(base, "GET", path, headers=kw.get("headers", bearer))
            for item, first, granularity in ((scanner, today - datetime.timedelta(days=60), "week"),
                                             (per_device[0], today - datetime.timedelta(days=400), "month"),
                                             (scanner, today - datetime.timedelta(days=1829), "day")):
                path = usage_of(item, f"from={first}&to={today}&granularity={granularity}")
                report = contract.check(f"usage per {granularity}", "GET", path, get(path))
                check_usage_report(f"usage per {granularity}", report, first, today, granularity, item)
            path = usage_of(scanner, f"from={today}&to={today}")
            today_before = contract.check("usage of today, default granularity", "GET", path, get(path)) or {}
            check_usage_report("usage of today", today_before, today, today, "day", scanner)
            for name, query, field in (
                    ("to before from", f"from={today}&to={today - datetime.timedelta(days=1)}", "to"),
                    ("range of 1830 days", f"from={today - datetime.timedelta(days=1830)}&to={today}", "to"),
                    ("unknown granularity", f"from={today}&to={today}&granularity=year", "granularity"),
                    ("without from", f"to={today}", "from"),
                    ("from not YYYY-MM-DD", f"from=2026-1-1&to={today}", "from")):
                path = usage_of(scanner, query)
                answer = contract.check(f"usage, {name}", "GET", path, get(path))
                if answer and [e["field"] for e in answer.get("errors", [])] != [field]:
                    fail(f"{path}: the problem should name the field {field!r}, not {answer.get('errors')}")

            for item in per_scan:
                path = f"/v1/licenses/{item['id']}/quota"
                quota = contract.check(f"quota ({item['status']})", "GET", path, get(path))
                check_quota(f"quota of {item['product']}", quota, item)
                if quota and quota["used"] != item["scans_used"]:
                    fail(f"{path}: used {quota['used']}, the license list says scans_used {item['scans_used']}")
            path = f"/v1/licenses/{per_device[0]['id']}/quota"
            answer = contract.check("quota of a per-device license", "GET", path, get(path))
            if answer and not answer["type"].endswith("/not-found"):
                fail(f"{path}: a per-device license has no quota: not-found, not {answer['type']}")

            settings = f"/v1/licenses/{scanner['id']}/scan-settings"
            put = lambda body, **kw: request(base, "PUT", settings, body, headers={**bearer, **kw.get("headers", {})},
                                             raw=kw.get("raw"))
            known = contract.deref({"$ref": "#/components/schemas/BarcodeFormat"})["enum"]
            defaults = {"formats": known, "regions": [{"left": 0, "top": 0, "right": 100, "bottom": 100}],
                        "min_confidence": 0}
            answer = contract.check("scan settings (defaults)", "GET", settings, get(settings))
            if answer and answer != defaults:
                fail(f"{settings}: the defaults should be every format, the whole frame, 0, not {answer}")
            wanted = {"formats": ["EAN_13", "QR_CODE", "CODE_128"],
                      "regions": [{"left": 10, "top": 20, "right": 90, "bottom": 62.5},
                                  {"left": 0, "top": 70, "right": 100, "bottom": 100}],
                      "min_confidence": 40}
            stored = {**wanted, "formats": [f for f in known if f in wanted["formats"]]}
            answer = contract.check("save scan settings", "PUT", settings, put(wanted))
            if answer and answer != stored:
                fail(f"{settings}: PUT should answer the settings as stored {stored}, not {answer}")
            nine = [{"left": 0, "top": 0, "right": 100, "bottom": 100}] * 9
            for name, body, fields in (
                    ("invalid fields", {"formats": ["QR_CODE", "QR_CODE"],
                                        "regions": [{"left": 50, "top": 0, "right": 40, "bottom": 100}],
                                        "min_confidence": 101},
                     ["formats[1]", "regions[0].right", "min_confidence"]),
                    ("unknown format, no region", {"formats": ["QR"], "regions": [], "min_confidence": 0},
                     ["formats[0]", "regions"]),
                    ("nine regions", {"formats": ["QR_CODE"], "regions": nine, "min_confidence": 0}, ["regions"]),
                    ("empty body", {}, ["formats", "regions", "min_confidence"])):
                answer = contract.check(f"scan settings, {name}", "PUT", settings, put(body))
                if answer and [e["field"] for e in answer.get("errors", [])] != fields:
                    fail(f"PUT {settings} ({name}): the problem should name {fields}, not {answer.get('errors')}")
            contract.check("scan settings, malformed JSON", "PUT", settings, put(None, raw=b'{"formats":'))
            contract.check("scan settings, wrong media type", "PUT", settings,
                           put(None, raw=b"formats=QR_CODE", headers={"Content-Type": "text/plain"}))
            answer = contract.check("scan settings after refusals", "GET", settings, get(settings))
            if answer and answer != stored:
                fail(f"{settings}: refused PUTs changed the settings to {answer}")

            for item, suffix in ((scanner, "/usage?from=2026-01-01&to=2026-01-31"), (scanner, "/quota"),
                                 (scanner, "/scan-settings")):
                path = f"/v1/licenses/{item['id']}{suffix}"
                contract.check("without token", "GET", path, get(path, headers={}))
                absent = path.replace(item["id"], "lic_DOESNOTEXIST0000")
                contract.check("of a missing license", "GET", absent, get(absent))
            contract.check("save scan settings without token", "PUT", settings,
                           request(base, "PUT", settings, wanted))
            absent = settings.replace(scanner["id"], "lic_DOESNOTEXIST0000")
            contract.check("save scan settings of a missing license", "PUT", absent,
                           request(base, "PUT", absent, wanted, headers=bearer))

            # A per-scan device: registration and heartbeats answer the quota and the saved settings;
            # the usage it reports counts once, in the quota and in the usage report.
            code = scanner["handshake_code"]
            hash_ = f"{0x5ca9:064x}"
            lease = contract.check("register under a per-scan license", "POST", "/v1/devices/register",
                                   request(base, "POST", "/v1/devices/register",
                                           {"handshake_code": code, "device_hash": hash_, "platform": "Linux",
                                            "sdk_version": "10.4", "name": "Contract-scan"})) or {}
            if lease and (lease["quota"] is None or lease["scan_settings"] != stored):
                fail(f"the registration answer should carry the quota and the saved settings, not {lease}")
            used = (lease.get("quota") or {}).get("used", 0)
            report = {"handshake_code": code, "device_hash": hash_, "heartbeat_id": "contract-hb-0001",
                      "usage": [{"day": today.isoformat(), "format": "QR_CODE", "count": 120},
                                {"day": today.isoformat(), "format": "EAN_13", "count": 3}]}
            for name in ("heartbeat with usage", "heartbeat replayed"):
                lease = contract.check(name, "POST", "/v1/devices/heartbeat",
                                       request(base, "POST", "/v1/devices/heartbeat", report))
                if lease and (lease["quota"] is None or lease["quota"]["used"] != used + 123
                              or lease["scan_settings"] != stored):
                    fail(f"{name}: the answer should count the 123 scans once and carry the saved settings, "
                         f"not {lease}")
                check_quota(name, (lease or {}).get("quota"), scanner)
            answer = contract.check("heartbeat with usage, no heartbeat_id", "POST", "/v1/devices/heartbeat",
                                    request(base, "POST", "/v1/devices/heartbeat",
                                            {k: v for k, v in report.items() if k != "heartbeat_id"}))
            if answer and [e["field"] for e in answer.get("errors", [])] != ["heartbeat_id"]:
                fail(f"usage without heartbeat_id: the problem should name heartbeat_id, not {answer.get('errors')}")
            path = usage_of(scanner, f"from={today}&to={today}")
            after = contract.check("usage of today, after the heartbeat", "GET", path, get(path)) or {}
            if today_before and after:
                gained = after["items"][0]["total"] - today_before["items"][0]["total"]
                if gained != 123:
                    fail(f"{path}: the heartbeat's 123 scans added {gained} to today's usage")
            path = f"/v1/licenses/{scanner['id']}/quota"
            quota = contract.check("quota after the heartbeat", "GET", path, get(path))
            if quota and quota["used"] != used + 123:
                fail(f"{path}: used {quota['used']}, the heartbeat answered {used + 123}")

        # Issue 5: the checkout. Quotes priced by the server; orders by card (tokenized at the payment
        # provider's sandbox, which is not part of this API: its answers are checked against the CardToken
        # schema only), PayPal (approved on the sandbox's page), wire transfer (paid by the operator's
        # admin record-payment) and check; the idempotent repeat and every refusal.
        by_name = {item["product"]: item for item in listing["items"]}
        names = ("Barcode Reader SDK – Mobile", "Document Normalizer SDK", "Barcode Reader SDK – Server",
                 "Document Viewer – Web", "Label Recognizer", "Barcode Reader SDK – Desktop",
                 "Warehouse Scanner Fleet")
        if any(name not in by_name for name in names):
            fail(f"the demo account lacks one of the licenses {names}")
        else:
            mobile, normalizer, server_key, viewer, label, desktop, warehouse = (by_name[n] for n in names)
            fetch = lambda path, **kw: request(base, "GET", path, headers=kw.get("headers", bearer))
            send = lambda path, body, **kw: request(base, "POST", path, body, raw=kw.get("raw"),
                                                    headers={**kw.get("auth", bearer), **kw.get("headers", {})})
            keys = iter(f"contract-order-{n:04d}" for n in range(1, 1000))
            today = datetime.datetime.now(datetime.timezone.utc).date()

            def quote(name, license, items, **kw):
                return check_priced(name, contract.check(name, "POST", "/v1/quotes", send(
                    "/v1/quotes", {"license_id": license["id"], "items": items}, **kw)))

            def order(name, body, key=None, **kw):
                key = key or next(keys)
                answer = contract.check(name, "POST", "/v1/orders",
                                        send("/v1/orders", body, headers={"Idempotency-Key": key}, **kw))
                return check_priced(name, answer), key

            config = contract.check("payment config", "GET", "/v1/payment-config", fetch("/v1/payment-config")) or {}
            contract.check("payment config without token", "GET", "/v1/payment-config",
                           fetch("/v1/payment-config", headers={}))
            if config and set(config["methods"]) != {"card", "paypal", "wire_transfer", "check"}:
                fail(f"the demo account should pay by every method, not {config['methods']}")

            def card_token(number):
                """Tokenizes a card at the provider's endpoint, as the client does; answers the token's id."""
                status, _, body = request(config.get("card_tokenization_url", base + "/"), "POST", "", {
                    "number": number, "exp_month": 12, "exp_year": today.year + 2, "cvc": "123",
                    "name": "Dana Demo"}, headers={"Authorization": "Bearer " + config.get("publishable_key", "")})
                if status != 201:
                    fail(f"the sandbox answered {status} to the card {number}: {body[:200]!r}")
                    return "tok_missing"
                token = json.loads(body)
                contract.validate(f"card token of {number}", token, "#/components/schemas/CardToken")
                if token["last4"] != number[-4:]:
                    fail(f"the token of {number} shows the last digits {token['last4']}")
                return token["id"]

            status, _, _ = request(config.get("card_tokenization_url", base + "/"), "POST", "",
                                   {"number": "4242424242424242", "exp_month": 12, "exp_year": today.year + 2,
                                    "cvc": "123"})
            if status != 401:
                fail(f"the sandbox tokenized a card without the publishable key ({status})")

            # A quote that expires in a second, made by a second server process on the same database with a
            # price list that says so; it is ordered from the first server at the end, when it has expired.
            prices = os.path.join(server.dir.name, "short-quotes.json")
            with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "server", "resources",
                                   "price-list.json"), encoding="utf-8") as handle:
                short = {**json.load(handle), "quote_validity_minutes": 0.01}
            with open(prices, "w", encoding="utf-8") as handle:
                json.dump(short, handle)
            brief = Server(server.binary, share=server, extra=("--price-list", prices))
            try:
                made = request(brief.base, "POST", "/v1/quotes", {"license_id": viewer["id"], "items": [
                    {"kind": "add_quota", "quantity": 1000}]}, headers=bearer)
            finally:
                brief.stop()
            lapsed = check_priced("quote that expires",
                                  contract.check("quote that expires", "POST", "/v1/quotes", made))

            # Quotes, and what a quote refuses.
            renewal = quote("quote renewal and devices", mobile,
                            [{"kind": "renewal", "years": 2}, {"kind": "add_devices", "quantity": 5}]) or {}
            stale = quote("quote to become stale", mobile, [{"kind": "add_devices", "quantity": 1}]) or {}
            if renewal:
                current, result = renewal["current"], renewal["result"]
                if (current["device_allowance"], result["device_allowance"]) != (mobile["device_allowance"],
                                                                                  mobile["device_allowance"] + 5):
                    fail(f"quote: 5 more devices should take {mobile['device_allowance']} to "
                         f"{mobile['device_allowance'] + 5}, not {current} to {result}")
                if result["term_end"][4:] != current["term_end"][4:] or \
                        int(result["term_end"][:4]) != int(current["term_end"][:4]) + 2:
                    fail(f"quote: a 2-year renewal should extend {current['term_end']}, not to {result['term_end']}")
                if renewal["items"][0]["discount"] <= 0:
                    fail("quote: a 2-year renewal should be discounted")
            revived = quote("quote renewal of an expired key", label, [{"kind": "renewal", "years": 1}]) or {}
            if revived and not (revived["result"]["term_start"] == revived["items"][0]["covers_from"]
                                >= revived["created_at"]):
                fail(f"quote: the renewal of an expired key should start now, not {revived['result']}")
            for name, body, fields in (
                    ("invalid items", {"license_id": mobile["id"], "items": [
                        {"kind": "add_quota", "quantity": 1500}, {"kind": "refresh_cadence", "months": 4},
                        {"kind": "upgrade"}, {"kind": "renewal", "years": 4}]},
                     ["items[0].quantity", "items[1].months", "items[2].kind", "items[3].years"]),
                    ("a kind twice", {"license_id": mobile["id"], "items": [{"kind": "renewal", "years": 1},
                                                                            {"kind": "renewal", "years": 2}]},
                     ["items[1].kind"]),
                    ("empty body", {}, ["license_id", "items"])):
                answer = contract.check(f"quote, {name}", "POST", "/v1/quotes", send("/v1/quotes", body))
                if answer and fields_of(answer) != fields:
                    fail(f"quote, {name}: the problem should name {fields}, not {answer.get('errors')}")
            contract.check("quote, malformed JSON", "POST", "/v1/quotes", send("/v1/quotes", None, raw=b'{"items":'))
            contract.check("quote, wrong media type", "POST", "/v1/quotes",
                           send("/v1/quotes", None, raw=b"items=1", headers={"Content-Type": "text/plain"}))
            contract.check("quote of a missing license", "POST", "/v1/quotes", send(
                "/v1/quotes", {"license_id": "lic_DOESNOTEXIST0000", "items": [{"kind": "renewal", "years": 1}]}))
            contract.check("quote without token", "POST", "/v1/quotes",
                           send("/v1/quotes", {"license_id": mobile["id"], "items": []}, auth={}))
            for name, license, items, fields in (
                    ("quota for a per-device key", mobile, [{"kind": "add_quota", "quantity": 1000}],
                     ["items[0].kind"]),
                    ("a cadence not shorter", warehouse, [{"kind": "refresh_cadence", "months": 6}],
                     ["items[0].months"]),
                    ("a suspended key", desktop, [{"kind": "renewal", "years": 1}], []),
                    ("quota for an expired key without renewal", label, [{"kind": "add_quota", "quantity": 1000}],
                     [])):
                answer = contract.check(f"quote, {name}", "POST", "/v1/quotes",
                                        send("/v1/quotes", {"license_id": license["id"], "items": items}))
                if answer and (not answer["type"].endswith("/not-applicable") or fields_of(answer) != fields):
                    fail(f"quote, {name}: should be not-applicable naming {fields}, not {answer}")

            # A card payment: fulfilled at once; the same key again answers the same order, with another
            # body it is refused; the license changed, so the quote made before it is stale.
            card = {"quote_id": renewal.get("id", ""), "payment_method": "card",
                    "card_token": card_token("4242424242424242")}
            paid, key = order("order by card", card)
            if paid and (paid["status"] != "fulfilled" or paid["receipt"] is None or paid["failure"] is not None
                         or paid["result"] != renewal["result"]
                         or paid["handshake_code"] != mobile["handshake_code"]):
                fail(f"a card order should be fulfilled with a receipt and the quote's result, not {paid}")
            again, _ = order("order by card, repeated", card, key)
            if paid and again and (again["id"], again["status"]) != (paid["id"], paid["status"]):
                fail(f"the same Idempotency-Key and body should answer order {paid['id']}, not {again['id']}")
            answer, _ = order("order by card, key reused",
                              {**card, "card_token": card_token("4242424242424242")}, key)
            if answer and not answer["type"].endswith("/idempotency-key-reused"):
                fail(f"a reused Idempotency-Key should be refused as idempotency-key-reused, not {answer['type']}")
            answer, _ = order("order of a stale quote", {"quote_id": stale.get("id", ""), "payment_method": "check"})
            if answer and not answer["type"].endswith("/license-changed"):
                fail(f"a quote of a license changed since should be refused as license-changed, not {answer['type']}")
            one = f"/v1/licenses/{mobile['id']}"
            after = contract.check("license after the card order", "GET", one, fetch(one)) or {}
            if after and paid and (after["term_end"], after["device_allowance"], after["handshake_code"]) != (
                    paid["result"]["term_end"], paid["result"]["device_allowance"], mobile["handshake_code"]):
                fail(f"the license should have the order's result {paid['result']} and keep its handshake code")
            for name, body, headers, fields in (
                    ("without Idempotency-Key", {"quote_id": renewal.get("id", ""), "payment_method": "check"}, {},
                     ["Idempotency-Key"]),
                    ("short Idempotency-Key", {"quote_id": renewal.get("id", ""), "payment_method": "check"},
                     {"Idempotency-Key": "abc"}, ["Idempotency-Key"]),
                    ("card without token", {"quote_id": renewal.get("id", ""), "payment_method": "card"},
                     {"Idempotency-Key": next(keys)}, ["card_token"]),
                    ("card token used", card, {"Idempotency-Key": next(keys)}, ["card_token"]),
                    ("unknown method", {"quote_id": renewal.get("id", ""), "payment_method": "bitcoin"},
                     {"Idempotency-Key": next(keys)}, ["payment_method"])):
                answer = contract.check(f"order, {name}", "POST", "/v1/orders",
                                        send("/v1/orders", body, headers=headers))
                if answer and fields_of(answer) != fields:
                    fail(f"order, {name}: the problem should name {fields}, not {answer.get('errors')}")
            contract.check("order, malformed JSON", "POST", "/v1/orders",
                           send("/v1/orders", None, raw=b"{", headers={"Idempotency-Key": next(keys)}))
            contract.check("order, wrong media type", "POST", "/v1/orders", send(
                "/v1/orders", None, raw=b"q=1",
                headers={"Idempotency-Key": next(keys), "Content-Type": "text/plain"}))
            order("order of a missing quote", {"quote_id": "quo_DOESNOTEXIST0000", "payment_method": "check"})
            contract.check("order without token", "POST", "/v1/orders", send(
                "/v1/orders", card, auth={}, headers={"Idempotency-Key": next(keys)}))

            # Declined cards (the quote stays orderable), then PayPal: awaiting approval, approved on the
            # provider's page.
            renewal_soon = quote("quote renewal of the key expiring soon", normalizer,
                                 [{"kind": "renewal", "years": 1}]) or {}
            for number, code in (("4000000000000002", "card_declined"), ("4000000000009995", "insufficient_funds")):
                declined, _ = order(f"order by card, {code}", {"quote_id": renewal_soon.get("id", ""),
                                                                "payment_method": "card",
                                                                "card_token": card_token(number)})
                if declined and (declined["status"], (declined["failure"] or {}).get("code"), declined["result"],
                                 declined["receipt"]) != ("declined", code, None, None):
                    fail(f"the card {number} should decline the order with {code}, not {declined}")
            paypal, _ = order("order by PayPal", {"quote_id": renewal_soon.get("id", ""), "payment_method": "paypal"})
            if paypal and (paypal["status"] != "awaiting_payment" or not paypal["approval_url"]
                           or paypal["invoice"] is not None):
                fail(f"a PayPal order should await payment with an approval_url, not {paypal}")
            if paypal and paypal["approval_url"]:
                page = request(paypal["approval_url"], "GET", "")[2].decode()
                form = re.search(r'<form[^>]*action="([^"]*/approve)"[^>]*>(.*?)</form>', page, re.S)
                if not form:
                    fail(f"the approval page {paypal['approval_url']} has no approve form")
                else:
                    fields = dict(re.findall(r'name="([^"]+)" value="([^"]*)"', form.group(2)))
                    approved = request(urllib.parse.urljoin(paypal["approval_url"], form.group(1)), "POST", "",
                                       raw=urllib.parse.urlencode(fields).encode(),
                                       headers={"Content-Type": "application/x-www-form-urlencoded"})
                    if approved[0] != 200:
                        fail(f"approving on the sandbox page answered {approved[0]}")
                path = f"/v1/orders/{paypal['id']}"
                done = contract.check("PayPal order after approval", "GET", path, fetch(path)) or {}
                if done and (done["status"], done["approval_url"], (done["receipt"] or {}).get("paid_with")) != (
                        "fulfilled", None, "PayPal"):
                    fail(f"an approved PayPal order should be fulfilled, paid with PayPal, not {done}")
            two_more = quote("quote for a PayPal order to cancel", normalizer,
                             [{"kind": "add_devices", "quantity": 2}])
            pending, _ = order("order by PayPal to cancel", {"quote_id": (two_more or {}).get("id", ""),
                                                             "payment_method": "paypal"})
            if pending:
                cancel = f"/v1/orders/{pending['id']}/cancel"
                for name in ("cancel", "cancel again"):
                    answer = contract.check(name, "POST", cancel, send(cancel, {}))
                    code = (answer or {}).get("failure") and answer["failure"]["code"]
                    if answer and (answer["status"], answer["approval_url"], code) != (
                            "cancelled", None, "cancelled_by_customer"):
                        fail(f"{name}: the order should be cancelled by the customer, not {answer}")
                contract.check("cancel without a JSON body", "POST", cancel, send(cancel, None))
            if paid:
                cancel = f"/v1/orders/{paid['id']}/cancel"
                answer = contract.check("cancel a fulfilled order", "POST", cancel, send(cancel, {}))
                if answer and not answer["type"].endswith("/order-conflict"):
                    fail(f"cancelling a fulfilled order should be an order-conflict, not {answer['type']}")
                contract.check("cancel without token", "POST", cancel, send(cancel, {}, auth={}))
            cancel = "/v1/orders/ord_DOESNOTEXIST0000/cancel"
            contract.check("cancel a missing order", "POST", cancel, send(cancel, {}))

            # Offline payment: a pro-forma invoice, until the operator records the payment. The quote has a
            # live order now, and the license an order awaiting payment: both refuse another order.
            more_quota = quote("quote more quota", server_key, [{"kind": "add_quota", "quantity": 10000}]) or {}
            wire, _ = order("order by wire transfer", {"quote_id": more_quota.get("id", ""),
                                                       "payment_method": "wire_transfer"})
            invoice = (wire or {}).get("invoice") or {}
            if wire and (wire["status"] != "awaiting_payment" or not invoice.get("iban")
                         or invoice.get("mailing_address") is not None or not invoice.get("payment_reference")):
                fail(f"a wire transfer order should await payment with a bank invoice, not {wire}")
            answer, _ = order("order of an ordered quote", {"quote_id": more_quota.get("id", ""),
                                                            "payment_method": "check"})
            if answer and not answer["type"].endswith("/order-conflict"):
                fail(f"ordering a quote twice should be an order-conflict, not {answer['type']}")
            other = quote("quote while an order awaits payment", server_key,
                          [{"kind": "add_quota", "quantity": 1000}])
            answer, _ = order("order while another awaits payment", {"quote_id": (other or {}).get("id", ""),
                                                                     "payment_method": "check"})
            if answer and not answer["type"].endswith("/order-conflict"):
                fail(f"a second order awaiting payment on a license should be an order-conflict, "
                     f"not {answer['type']}")
            if wire:
                code, output = server.admin("record-payment", "--order", invoice.get("payment_reference", ""),
                                            "--reference", "BANK-TX-42")
                if code != 0:
                    fail(f"admin record-payment failed ({code}): {output}")
                path = f"/v1/orders/{wire['id']}"
                done = contract.check("wire order after the payment", "GET", path, fetch(path)) or {}
                if done and (done["status"] != "fulfilled" or invoice.get("payment_reference", "?")
                             not in (done["receipt"] or {}).get("paid_with", "")
                             or done["result"]["scan_quota"] != server_key["scan_quota"] + 10000):
                    fail(f"a recorded wire transfer should fulfil the order with 10,000 more scans, not {done}")
            three_years = quote("quote a 3-year renewal", viewer, [{"kind": "renewal", "years": 3}])
            by_check, _ = order("order by check", {"quote_id": (three_years or {}).get("id", ""),
                                                   "payment_method": "check"})
            mailed = (by_check or {}).get("invoice") or {}
            if by_check and (by_check["status"] != "awaiting_payment" or mailed.get("iban") is not None
                             or not mailed.get("mailing_address")):
                fail(f"a check order should await payment with a mailing address, not {by_check}")


            # The quote made by the second server at the start has expired by now.
            if lapsed:
                expiry = datetime.datetime.fromisoformat(lapsed["expires_at"].replace("Z", "+00:00"))
                left = (expiry - datetime.datetime.now(datetime.timezone.utc)).total_seconds()
                time.sleep(max(0.0, left) + 0.05)
                answer, _ = order("order of an expired quote", {"quote_id": lapsed["id"], "payment_method": "paypal"})
                if answer and not answer["type"].endswith("/quote-expired"):
                    fail(f"an expired quote should be refused as quote-expired, not {answer['type']}")

            # The account's orders, newest first, and one order.
            orders = contract.check("orders", "GET", "/v1/orders", fetch("/v1/orders")) or {"items": []}
            made_here = [o["id"] for o in (paid, paypal, pending, wire, by_check) if o]
            listed = [o["id"] for o in orders["items"]]
            if any(order_id not in listed for order_id in made_here):
                fail(f"GET /v1/orders lacks some of the orders made: {made_here}")
            stamps = [o["created_at"] for o in orders["items"]]
            if stamps != sorted(stamps, reverse=True):
                fail(f"GET /v1/orders is not newest first: {stamps}")
            for item in orders["items"]:
                check_priced("orders", item)
            contract.check("orders without token", "GET", "/v1/orders", fetch("/v1/orders", headers={}))
            if paid:
                path = f"/v1/orders/{paid['id']}"
                answer = contract.check("order", "GET", path, fetch(path))
                if answer and answer != again:
                    fail(f"{path} should answer the order as the repeated POST did")
                contract.check("order without token", "GET", path, fetch(path, headers={}))
            contract.check("missing order", "GET", "/v1/orders/ord_DOESNOTEXIST0000",
                           fetch("/v1/orders/ord_DOESNOTEXIST0000"))

            # Another account sees none of it: the demo's quotes, orders and licenses answer 404.
            code, output = server.admin("create-account", "--email", "other@example.com", "--name", "Otto Other",
                                        "--currency", "USD", "--password-stdin", stdin="other-portal-2026\n")
            if code != 0:
                fail(f"admin create-account failed ({code}): {output}")
            others = contract.check("login, another account", "POST", "/v1/auth/login",
                                    login({"email": "other@example.com", "password": "other-portal-2026"})) or {}
            stranger = {"Authorization": "Bearer " + others.get("access_token", "")}
            contract.check("quote of another account's license", "POST", "/v1/quotes", send(
                "/v1/quotes", {"license_id": mobile["id"], "items": [{"kind": "renewal", "years": 1}]},
                auth=stranger))
            order("order of another account's quote", {"quote_id": more_quota.get("id", ""),
                                                        "payment_method": "check"}, auth=stranger)
            if wire:
                path = f"/v1/orders/{wire['id']}"
                contract.check("another account's order", "GET", path, fetch(path, headers=stranger))
                contract.check("cancel another account's order", "POST", path + "/cancel",
                               send(path + "/cancel", {}, auth=stranger))
            answer = contract.check("orders of another account", "GET", "/v1/orders",
                                    fetch("/v1/orders", headers=stranger))
            if answer and answer["items"]:
                fail(f"a new account should have no orders, not {[o['id'] for o in answer['items']]}")

        # Issue 6: signed offline license files for air-gapped devices, and the public keys that verify
        # them. A file takes a seat like a registration, ends at the term end at the latest and verifies
        # (Ed25519 over the payload's exact bytes) with the listed key it names, also after a rotation.
        if load_pem_public_key is None:
            print("note: python3-cryptography is not installed: the Ed25519 signatures of offline licenses "
                  "are not verified (scripts/install-deps.sh installs it)")
        signing_keys = "/v1/signing-keys"
        signing = check_signing_keys("signing keys", contract.check(
            "signing keys without a token", "GET", signing_keys, request(base, "GET", signing_keys)))
        if len(signing) != 1:
            fail(f"a new server should have made one signing key, not {list(signing)}")
        contract.check("signing keys with a forged token", "GET", signing_keys,
                       request(base, "GET", signing_keys, headers={"Authorization": "Bearer forged"}))
        by_product = {item["product"]: item for item in listing["items"]}
        fleet, desktop = by_product.get("Warehouse Scanner Fleet"), by_product.get("Barcode Reader SDK – Desktop")
        per_scan = [item for item in listing["items"] if item["type"] == "per_scan"]
        if fleet is None or desktop is None or desktop["status"] != "suspended" or not per_scan:
            fail("the demo account lacks the Warehouse Scanner Fleet, the suspended Barcode Reader SDK – Desktop "
                 "or a per-scan license")
        else:
            offline = lambda license_id: f"/v1/licenses/{license_id}/offline-licenses"
            issue = lambda name, license_id, body, **kw: contract.check(name, "POST", offline(license_id), request(
                base, "POST", offline(license_id), body, raw=kw.get("raw"),
                headers={**kw.get("auth", bearer), **kw.get("headers", {})}))
            read = lambda name, path: contract.check(name, "GET", path, request(base, "GET", path, headers=bearer))
            license_now = lambda license_id: read("license", f"/v1/licenses/{license_id}") or {}
            formats_of = lambda license_id: (read("scan settings", f"/v1/licenses/{license_id}/scan-settings")
                                             or {}).get("formats")
            hash_of = lambda text: hashlib.sha256(text.encode()).hexdigest()

            def device_listed(name, license_id, device_hash):
                path = f"/v1/licenses/{license_id}/devices?q={device_hash[:16]}"
                page = read(name, path) or {"items": []}
                return next((d for d in page["items"] if d["device_hash"] == device_hash), None)

            # The Warehouse Scanner Fleet has free seats: a file for 1098 days ends at the term end; it takes
            # a seat and lists the device; the same device again takes no second seat.
            before = license_now(fleet["id"]) or fleet
            formats = formats_of(fleet["id"])
            gate3 = {"device_hash": hash_of("contract-offline-gate-3").upper(), "platform": "  Linux x86_64 ",
                     "name": "Gate 3 scanner", "validity_days": 1098}
            gate3_file = issue("offline license", fleet["id"], gate3)
            payload = check_offline_file(contract, "offline license", gate3_file, before, gate3, formats, signing)
            if payload and payload["expires_at"] != before["term_end"]:
                fail(f"a file for 1098 days should end with the term, {before['term_end']}, "
                     f"not {payload['expires_at']}")
            if gate3_file and signature_verifies(
                    signing.get(gate3_file["key_id"], {}).get("public_key_pem", ""),
                    gate3_file["payload"].replace("Linux", "Linuy"), gate3_file["signature"]):
                fail("the signature check accepts a payload that was changed")
            held = license_now(fleet["id"])
            if before and held and held["devices_in_use"] != before["devices_in_use"] + 1:
                fail(f"an offline license should take a seat: {before['devices_in_use']} devices in use before, "
                     f"{held['devices_in_use']} after")
            device = device_listed("devices, the offline device", fleet["id"], gate3["device_hash"].lower())
            if gate3_file and (device is None or (device["name"], device["platform"], device["sdk_version"],
                                                  device["status"]) != ("Gate 3 scanner", "Linux x86_64", "offline",
                                                                        "active")):
                fail(f"the device of an offline license should be listed as Gate 3 scanner, Linux x86_64, offline, "
                     f"active, not {device}")
            gate3_again = {**gate3, "name": None, "validity_days": 30}
            check_offline_file(contract, "offline license again",
                               issue("offline license again", fleet["id"], gate3_again), before, gate3_again, formats,
                               signing)
            after = license_now(fleet["id"])
            if held and after and after["devices_in_use"] != held["devices_in_use"]:
                fail("a second offline license for the same device should take no second seat")
            device = device_listed("devices, the offline device again", fleet["id"], gate3["device_hash"].lower())
            if gate3_file and (device or {}).get("name") != "Gate 3 scanner":
                fail(f"a second offline license should leave the seated device as it is, not make it {device}")
            for body in (gate3, gate3_again):
                if not contract.matches(body, "#/components/schemas/OfflineActivationRequest"):
                    fail(f"the server issued a file for {body}, which OfflineActivationRequest refuses")

            # A key with one seat and a product name beyond ASCII (the signature covers the UTF-8 bytes): the
            # file takes the seat, the next device finds none.
            code, output = server.admin("create-license", "--account-email", "demo@example.com", "--product",
                                        "Contract Offline – Ünïcode Scanner", "--type", "per_device", "--devices", "1")
            made = re.search(r"license_id: (\S+)", output)
            single = license_now(made.group(1)) if code == 0 and made else {}
            if not single:
                fail(f"admin create-license failed ({code}), or its license cannot be read: {output}")
            else:
                only = {"device_hash": hash_of("contract-offline-only-seat"), "platform": "Windows 11",
                        "validity_days": 7}
                check_offline_file(contract, "offline license, the only seat",
                                   issue("offline license, the only seat", single["id"], only), single, only,
                                   formats_of(single["id"]), signing)
                device = device_listed("devices, an unnamed offline device", single["id"], only["device_hash"])
                if device is None or device["name"] != "Offline device " + only["device_hash"][:8]:
                    fail(f"an offline device without a name should be listed as Offline device and its hash's "
                         f"first 8 characters, not {device}")
                answer = issue("offline license past the allowance", single["id"],
                               {**only, "device_hash": hash_of("contract-offline-no-seat")})
                if answer and not answer["type"].endswith("/device-allowance-exceeded"):
                    fail(f"an offline license past the allowance should be device-allowance-exceeded, not {answer}")
                if license_now(single["id"]).get("devices_in_use") != 1:
                    fail("the license with one seat should have one device in use")

            # What is refused, in the documented order; nothing of it takes a seat.
            good = {"device_hash": hash_of("contract-offline-refused"), "platform": "Linux", "validity_days": 30}
            for item in per_scan:
                answer = issue(f"offline license of a per-scan key ({item['status']})", item["id"], good)
                if answer and not answer["type"].endswith("/not-applicable"):
                    fail(f"an offline license of the per-scan {item['product']} should be not-applicable, "
                         f"not {answer}")
            answer = issue("offline license of a suspended key", desktop["id"], good)
            if answer and not answer["type"].endswith("/license-inactive"):
                fail(f"an offline license of the suspended {desktop['product']} should be license-inactive, "
                     f"not {answer}")
            for name, body, fields in (
                    ("invalid fields", {"device_hash": "abc", "platform": "Linux", "name": "n" * 129,
                                        "validity_days": 1099}, ["device_hash", "name", "validity_days"]),
                    ("blank platform", {**good, "platform": "   "}, ["platform"]),
                    ("platform too long", {**good, "platform": "p" * 65}, ["platform"]),
                    ("validity of 0 days", {**good, "validity_days": 0}, ["validity_days"]),
                    ("validity not whole days", {**good, "validity_days": 30.5}, ["validity_days"]),
                    ("wrong types", {"device_hash": 7, "platform": ["Linux"], "name": 5, "validity_days": "30"},
                     ["device_hash", "platform", "name", "validity_days"]),
                    ("empty body", {}, ["device_hash", "platform", "validity_days"])):
                answer = issue(f"offline license, {name}", fleet["id"], body)
                if answer and fields_of(answer) != fields:
                    fail(f"offline license, {name}: the problem should name {fields}, not {answer.get('errors')}")
                if contract.matches(body, "#/components/schemas/OfflineActivationRequest"):
                    fail(f"offline license, {name}: the server refuses {body}, OfflineActivationRequest allows it")
            issue("offline license, malformed JSON", fleet["id"], None, raw=b'{"device_hash":')
            issue("offline license, wrong media type", fleet["id"], None, raw=b"device_hash=abc",
                  headers={"Content-Type": "text/plain"})
            issue("offline license without token", fleet["id"], good, auth={})
            issue("offline license with a forged token", fleet["id"], good, auth={"Authorization": "Bearer forged"})
            issue("offline license of a missing license", "lic_DOESNOTEXIST0000", good)
            code, output = server.admin("create-account", "--email", "offline-other@example.com", "--name",
                                        "Olga Other", "--password-stdin", stdin="other-offline-2026\n")
            if code != 0:
                fail(f"admin create-account failed ({code}): {output}")
            others = contract.check("login, another account", "POST", "/v1/auth/login", login(
                {"email": "offline-other@example.com", "password": "other-offline-2026"})) or {}
            issue("offline license of another account's license", fleet["id"], good,
                  auth={"Authorization": "Bearer " + others.get("access_token", "")})
            refused = license_now(fleet["id"])
            if after and refused and refused["devices_in_use"] != after["devices_in_use"]:
                fail("refused offline licenses took seats")

            # A key rotation: the new key signs from now on, the old one stays listed and its file verifies.
            code, output = server.admin("rotate-signing-key")
            if code != 0:
                fail(f"admin rotate-signing-key failed ({code}): {output}")
            rotated = check_signing_keys("signing keys after a rotation", contract.check(
                "signing keys after a rotation", "GET", signing_keys, request(base, "GET", signing_keys)))
            listed = list(rotated)
            if len(listed) != 2 or listed[1:] != list(signing):
                fail(f"a rotation should add a first key and keep {list(signing)}, not list {listed}")
            gate4 = {"device_hash": hash_of("contract-offline-gate-4"), "platform": "Linux aarch64",
                     "name": "Gate 4 scanner", "validity_days": 30}
            newer = issue("offline license after the rotation", fleet["id"], gate4)
            check_offline_file(contract, "offline license after the rotation", newer, before, gate4, formats, rotated)
            if newer and listed and newer["key_id"] != listed[0]:
                fail(f"after the rotation, files should be signed by {listed[0]}, not {newer['key_id']}")
            old_key = rotated.get(gate3_file["key_id"]) if gate3_file else None
            if old_key and signature_verifies(old_key["public_key_pem"], gate3_file["payload"],
                                              gate3_file["signature"]) is False:
                fail("the file signed before the rotation no longer verifies with the keys listed after it")

        contract.check("unknown route", "GET", "/v1/nothing-here", request(base, "GET", "/v1/nothing-here"))
        contract.check("wrong method", "DELETE", "/v1/licenses", request(base, "DELETE", "/v1/licenses"))
        answer = request(base, "GET", me, headers={**bearer, "X-Request-ID": "contract-test-42"})
        if answer[1].get("X-Request-ID") != "contract-test-42":
            fail("X-Request-ID is not echoed")
    finally:
        server.stop()

    for template, item in contract.spec["paths"].items():
        for method in ("get", "put", "post", "delete", "patch"):
            if method in item and (method.upper(), template) not in exercised:
                fail(f"{method.upper()} {template} is in the contract but was never exercised")
    operations = sum(method in item for item in contract.spec["paths"].values()
                     for method in ("get", "put", "post", "delete", "patch"))
    print(f"{len(exercised)}/{operations} operations exercised, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
