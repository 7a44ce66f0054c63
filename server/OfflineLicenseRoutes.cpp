#include "OfflineLicenseRoutes.h"

#include "Authenticator.h"
#include "Clock.h"
#include "DeviceSeats.h"
#include "HttpServer.h"
#include "LogCategories.h"
#include "ProblemResponse.h"
#include "RequestBody.h"
#include "SecureRandom.h"
#include "SigningKeys.h"
#include "Storage.h"
#include "Transaction.h"

#include <ApiPaths.h>
#include <OfflineLicense.h>
#include <Problem.h>

namespace lp::server {

namespace pp = lp::proto::problem;

OfflineLicenseRoutes::OfflineLicenseRoutes(Storage& storage, const Clock& clock, Authenticator& authenticator,
                                           SigningKeys& keys)
    : m_storage(storage)
    , m_clock(clock)
    , m_authenticator(authenticator)
    , m_keys(keys)
{ }

void OfflineLicenseRoutes::registerOn(HttpServer& server)
{
    using M = HttpServer::Method;
    server.addRoute(M::Post,
                    QLatin1String(lp::api::kLicenses) + QStringLiteral("/{id}")
                        + QLatin1String(lp::api::kOfflineLicensesSuffix),
                    [this](const ApiRequest& r) { return issue(r); });
    server.addRoute(M::Get, QLatin1String(lp::api::kSigningKeys),
                    [this](const ApiRequest& r) { return signingKeys(r); });
}

ApiResponse OfflineLicenseRoutes::signingKeys(const ApiRequest&)
{
    QString error;
    // Read again: `admin rotate-signing-key` may have added a key since.
    if (!m_keys.load(m_clock, &error)) {
        qCCritical(lcServer).noquote() << "signing keys:" << error;
        return ProblemResponse::internalError();
    }
    return ApiResponse::json(lp::proto::SigningKeyList {m_keys.publicKeys()}.toJson());
}

ApiResponse OfflineLicenseRoutes::issue(const ApiRequest& request)
{
    ApiResponse refusal;
    const auto license = m_authenticator.callersLicense(request, &refusal);
    if (!license) {
        return refusal;
    }
    const auto body = readBody<lp::proto::OfflineActivationRequest>(request, &refusal);
    if (!body) {
        return refusal;
    }
    if (!license->isPerDevice()) {
        return ProblemResponse::make(
            409, pp::kNotApplicable,
            QStringLiteral("Offline licenses are issued for per-device keys; %1 is "
                           "licensed per scan, which needs devices that report usage.")
                .arg(license->handshakeCode));
    }
    const qint64 now = m_clock.nowSeconds();
    if (license->suspended || license->termEnd <= now) {
        return ProblemResponse::make(
            409, pp::kLicenseInactive,
            QStringLiteral("The license %1 is %2: renew it before issuing offline licenses.")
                .arg(license->handshakeCode,
                     license->suspended ? QStringLiteral("suspended") : QStringLiteral("expired")));
    }
    QString error;
    if (!m_keys.load(m_clock, &error)) {
        qCCritical(lcServer).noquote() << "signing keys:" << error;
        return ProblemResponse::internalError();
    }

    lp::proto::OfflineLicensePayload payload;
    payload.licenseId = license->id;
    payload.product = license->product;
    payload.handshakeCode = license->handshakeCode;
    payload.deviceHash = body->deviceHash;
    payload.platform = body->platform;
    payload.features = m_storage.scanSettings(license->id).formats;
    payload.issuedAt = Clock::fromSeconds(now);
    payload.notBefore = payload.issuedAt;
    // The file never outlives the term it was issued in: a renewal issues a new one.
    payload.expiresAt
        = Clock::fromSeconds(std::min(license->termEnd, now + qint64(body->validityDays) * 86400));
    payload.keyId = m_keys.currentKeyId();
    const QByteArray text = payload.canonicalText();
    const QByteArray signature = m_keys.sign(text);
    if (signature.isEmpty()) {
        qCCritical(lcServer) << "signing an offline license failed";
        return ProblemResponse::internalError();
    }

    Transaction transaction(m_storage.database());
    const QString name = body->name.isEmpty()
        ? QStringLiteral("Offline device %1").arg(body->deviceHash.left(8))
        : body->name;
    const auto seat = DeviceSeats::take(m_storage, *license,
                                        {SecureRandom::id("dev_"), license->id, body->deviceHash, name,
                                         body->platform, QStringLiteral("offline"), now, now, std::nullopt},
                                        &refusal, DeviceSeats::CheckIn::No);
    if (!seat) {
        return refusal;
    }
    // The device never checks in: its seat is held until the file expires, whatever the refreshes say.
    m_storage.setDeviceOfflineUntil(seat->device.id, payload.expiresAt.toSecsSinceEpoch());
    transaction.commit();
    qCInfo(lcServer).noquote() << "request" << request.requestId << "issued an offline license for device"
                               << body->deviceHash.left(12) << "on license" << license->id << "until"
                               << payload.expiresAt.toString(Qt::ISODate) << "key" << payload.keyId;
    const lp::proto::OfflineLicenseFile file {QString::fromUtf8(text),
                                              QString::fromLatin1(signature.toBase64()), payload.keyId};
    return ApiResponse::json(file.toJson(), 201);
}

} // namespace lp::server
