#!/usr/bin/python3
"""Contract test: a real license-server answers as openapi.yaml says.

Starts `license-server --demo` on loopback with a temporary SQLite database, exercises every documented
operation (and the documented error answers) over real HTTP, and checks each answer against the
contract: the status is documented for that operation, the Content-Type matches, the body validates
against the documented JSON Schema (draft 2020-12, as OpenAPI 3.1 uses) and documented headers are
present. Fails if an operation of the contract was never exercised.

  test_openapi_contract.py OPENAPI_YAML      (LP_SERVER_BINARY names the license-server binary)
"""
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request

import yaml
from jsonschema import Draft202012Validator, RefResolver

failures = []
exercised = set()


def fail(message):
    failures.append(message)
    print("FAIL:", message)


class Server:
    def __init__(self, binary):
        self.dir = tempfile.TemporaryDirectory()
        self.proc = subprocess.Popen(
            [binary, "--db", os.path.join(self.dir.name, "contract.sqlite"), "--port", "0", "--demo"],
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
