#!/usr/bin/env python3
"""Durability check of bench/bench_heartbeat.sh, run after the server was killed with SIGKILL.

Every heartbeat the server answered with 200 must be on disk: for each line of ACKS ("device_hash
lease_expires_at count": COUNT answers gave that device that lease), the device's row must have
last_seen + lease length >= that lease. A device's last_seen only grows, so a later heartbeat on disk
covers the earlier ones. Prints one summary line; exits 1 if an acknowledged heartbeat is missing.

    check_durable.py DB ACKS
"""
import sqlite3
import sys
from datetime import datetime, timezone

LEASE_SECONDS = 7 * 24 * 3600  # server/DeviceRules.h kLeaseSeconds


def epoch_of(rfc3339: str) -> int:
    text = rfc3339.strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    return int(datetime.fromisoformat(text).astimezone(timezone.utc).timestamp())


def main() -> int:
    db_path, acks_path = sys.argv[1], sys.argv[2]
    acked = []  # (device_hash, lease as epoch seconds, answers)
    with open(acks_path, encoding="ascii") as acks:
        for line in acks:
            if line.strip():
                device_hash, lease, count = line.split()
                acked.append((device_hash, epoch_of(lease), int(count)))

    # Opening the file read-write lets SQLite recover the WAL the killed server left behind, exactly as
    # the next server start would.
    connection = sqlite3.connect(db_path)
    last_seen = dict(connection.execute("SELECT device_hash, last_seen FROM devices"))
    connection.close()

    total = found = 0
    devices, devices_missing = set(), set()
    missing = []
    for device_hash, lease, count in acked:
        total += count
        devices.add(device_hash)
        seen = last_seen.get(device_hash)
        if seen is None or seen + LEASE_SECONDS < lease:
            missing.append((device_hash, lease, seen, count))
            devices_missing.add(device_hash)
        else:
            found += count
    print(f"durable: {found}/{total} acknowledged heartbeats found on disk after kill -9"
          f" ({len(devices) - len(devices_missing)}/{len(devices)} devices)")
    for device_hash, lease, seen, count in missing[:5]:
        print(f"  missing: {device_hash}: {count} acknowledged with lease until {lease},"
              f" on disk last_seen {seen} (lease until {None if seen is None else seen + LEASE_SECONDS})")
    return 0 if not missing else 1


if __name__ == "__main__":
    sys.exit(main())
