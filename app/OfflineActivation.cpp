#include "OfflineActivation.h"

#include "ApiClient.h"
#include "AppSettings.h"
#include "Clock.h"

#include <DeviceRegistration.h>
#include <JsonReader.h>
#include <QJsonDocument>
#include <QSaveFile>

namespace lp {

OfflineActivation::OfflineActivation(ApiClient* api, AppSettings* settings, const Clock* clock,
                                     QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_settings(settings)
    , m_clock(clock)
{ }

bool OfflineActivation::loadRequestFile(const QByteArray& bytes, QString* error)
{
    proto::FieldErrors errors;
    const auto json = proto::parseJsonObject(bytes, &errors);
    const auto request = json ? proto::OfflineActivationRequest::fromJson(*json, &errors) : std::nullopt;
    if (!request) {
        *error
            = tr("This is not an offline activation request (%1). Create one on the device with "
                 "\"device-offline request\".")
                  .arg(errors.isEmpty() ? QString()
                                        : errors.first().field + QLatin1Char(' ') + errors.first().message);
        return false;
    }
    m_request = *request;
    return true;
}

bool OfflineActivation::setDeviceHash(const QString& text)
{
    QString hash = text.trimmed().toLower();
    if (hash.startsWith(QLatin1String("sha256:"))) {
        hash = hash.mid(7);
    }
    hash.remove(QLatin1Char(' '));
    if (!proto::isDeviceHash(hash)) {
        return false;
    }
    m_request.deviceHash = hash;
    return true;
}

bool OfflineActivation::canIssue() const
{
    return proto::isDeviceHash(m_request.deviceHash) && !m_request.platform.isEmpty()
        && m_request.validityDays >= 1
        && m_request.validityDays <= proto::OfflineActivationRequest::kMaxValidityDays && !isBusy();
}

void OfflineActivation::setJob(QPointer<ApiJob>& slot, ApiJob* job)
{
    const bool wasBusy = isBusy();
    slot = job;
    if (isBusy() != wasBusy) {
        emit busyChanged(isBusy());
    }
}

void OfflineActivation::issue(const QString& licenseId)
{
    if (!canIssue()) {
        emit issueFailed(
            tr("Give a device hash of 64 hexadecimal characters, a platform and a validity first."));
        return;
    }
    ApiJob* job = m_api->issueOfflineLicense(licenseId, m_request);
    setJob(m_issueJob, job);
    connect(job, &ApiJob::finished, this, [this](ApiJob* done) {
        setJob(m_issueJob, nullptr);
        const auto* file = done->value<proto::OfflineLicenseFile>();
        if (!done->succeeded() || !file) {
            emit issueFailed(done->error().userMessage());
            return;
        }
        proto::FieldErrors errors;
        const auto payloadJson = proto::parseJsonObject(file->payload.toUtf8(), &errors);
        const auto payload
            = payloadJson ? proto::OfflineLicensePayload::fromJson(*payloadJson, &errors) : std::nullopt;
        if (!payload) {
            emit issueFailed(tr("The server sent an offline license this version cannot read."));
            return;
        }
        // Saved as the server's JSON, re-indented: the signature covers the payload string, not the layout.
        m_issued = QJsonDocument(file->toJson()).toJson();
        emit issued(*payload);
    });
}

bool OfflineActivation::saveFile(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("%1 could not be saved: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QList<proto::SigningKey> OfflineActivation::knownKeys() const
{
    proto::FieldErrors errors;
    const auto json = proto::parseJsonObject(m_settings->signingKeys(m_api->baseUrl()), &errors);
    const auto list = json ? proto::SigningKeyList::fromJson(*json, &errors) : std::nullopt;
    return list ? list->items : QList<proto::SigningKey> {};
}

OfflineVerification OfflineActivation::verifyWithKnownKeys(const QByteArray& fileBytes,
                                                           const QString& deviceHash)
{
    OfflineLicenseVerifier verifier;
    verifier.setKeys(knownKeys());
    const QDateTime now = m_clock->now();
    const QDateTime latest = m_settings->offlineLatestTimeSeen();
    const auto result
        = verifier.verify(fileBytes, now, deviceHash,
                          latest.toSecsSinceEpoch() > 0 ? std::optional<QDateTime>(latest) : std::nullopt);
    // Only forward: a clock set back must not lower what was seen.
    if (now > latest) {
        m_settings->setOfflineLatestTimeSeen(now);
    }
    return result;
}

void OfflineActivation::verify(const QByteArray& fileBytes, const QString& deviceHash)
{
    ApiJob* job = m_api->fetchSigningKeys();
    setJob(m_verifyJob, job);
    connect(job, &ApiJob::finished, this, [this, fileBytes, deviceHash](ApiJob* done) {
        setJob(m_verifyJob, nullptr);
        const auto* keys = done->value<proto::SigningKeyList>();
        // Keys answered from the offline cache are the ones fetched before, not the server's word now.
        const bool fromServer = done->succeeded() && keys && !done->fromCache();
        if (fromServer) {
            m_settings->setSigningKeys(m_api->baseUrl(),
                                       QJsonDocument(keys->toJson()).toJson(QJsonDocument::Compact));
        } else if (knownKeys().isEmpty()) {
            emit verifyFailed(
                tr("The server's signing keys could not be fetched (%1), and none are known from "
                   "before: the file cannot be verified yet.")
                    .arg(done->error().userMessage()));
            return;
        }
        emit verified(verifyWithKnownKeys(fileBytes, deviceHash), fromServer);
    });
}

} // namespace lp
