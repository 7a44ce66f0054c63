#pragma once

#include "OfflineLicenseVerifier.h"

#include <OfflineLicense.h>
#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <optional>

namespace lp {

class ApiClient;
class ApiJob;
class AppSettings;
class Clock;
struct ApiError;

// The offline activation pane's logic, without widgets: read an activation request (a file from the
// device, or a pasted device hash), issue a signed offline license for it, save the file; and verify
// any offline license file against the server's signing keys, remembering the latest time seen so that a
// clock set back is noticed. The keys fetched last are kept in the settings: files verify offline too.
class OfflineActivation : public QObject
{
    Q_OBJECT
public:
    OfflineActivation(ApiClient* api, AppSettings* settings, const Clock* clock, QObject* parent = nullptr);

    // Reads a device's activation request file; false with *error in words when it is not one.
    bool loadRequestFile(const QByteArray& bytes, QString* error);
    // A device hash typed or pasted (spaces and a "sha256:" prefix tolerated); false if it is not one.
    bool setDeviceHash(const QString& text);
    const proto::OfflineActivationRequest& request() const { return m_request; }
    void setPlatform(const QString& platform) { m_request.platform = platform.trimmed(); }
    void setDeviceName(const QString& name) { m_request.name = name.trimmed(); }
    void setValidityDays(int days) { m_request.validityDays = days; }
    bool canIssue() const;

    // Asks the server for a signed file for the chosen license; issued() or failed().
    void issue(const QString& licenseId);
    bool isBusy() const { return !m_issueJob.isNull() || !m_verifyJob.isNull(); }
    // The last file issued, byte for byte as the server sent it.
    QByteArray issuedFile() const { return m_issued; }
    // Writes bytes to path completely or not at all; false with *error.
    static bool saveFile(const QString& path, const QByteArray& bytes, QString* error);

    // Verifies a file: against the keys fetched now from the server, or the keys fetched last when the
    // server cannot be reached. `deviceHash` empty skips the device check. verified() or failed().
    void verify(const QByteArray& fileBytes, const QString& deviceHash = {});
    // Verifies with the keys at hand, no network (what verify() does once it has keys).
    OfflineVerification verifyWithKnownKeys(const QByteArray& fileBytes, const QString& deviceHash);
    QList<proto::SigningKey> knownKeys() const;

signals:
    void busyChanged(bool busy);
    void issued(const lp::proto::OfflineLicensePayload& payload);
    void issueFailed(const QString& message);
    void verified(const lp::OfflineVerification& result, bool keysFromServer);
    void verifyFailed(const QString& message);

private:
    // Issuing and verifying may run at once; each has its own request.
    void setJob(QPointer<ApiJob>& slot, ApiJob* job);

    ApiClient* m_api;
    AppSettings* m_settings;
    const Clock* m_clock;
    proto::OfflineActivationRequest m_request;
    QByteArray m_issued;
    QPointer<ApiJob> m_issueJob;
    QPointer<ApiJob> m_verifyJob;
};

} // namespace lp

Q_DECLARE_METATYPE(lp::proto::OfflineLicensePayload)
Q_DECLARE_METATYPE(lp::OfflineVerification)
