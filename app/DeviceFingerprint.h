#pragma once

#include <QByteArray>
#include <QString>

namespace lp {

// The device hash that identifies a machine to the license server: SHA-256 (OpenSSL EVP) over a
// domain-separating prefix and the machine's stable unique id (QSysInfo::machineUniqueId(): systemd's
// machine-id on Linux, IOPlatformUUID on macOS, MachineGuid on Windows). Only the hash leaves the
// machine; the id itself is never sent or stored. Client and device simulator share this one place.
class DeviceFingerprint
{
public:
    // 64 lowercase hex characters: SHA-256("LicensePortal device v1" NUL + machineId).
    static QString hashOf(const QByteArray& machineId);
    // This machine's device hash; empty when the platform offers no stable id.
    static QString thisMachine();
};

} // namespace lp
