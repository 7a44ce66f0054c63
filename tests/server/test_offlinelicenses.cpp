// Offline licenses against a real license-server: a signed file for a device hash that the client's
// verifier accepts, the seat it takes (and keeps: the device never checks in), refusals, and key rotation
// through the admin command keeping older files valid.
#include "OfflineLicenseVerifier.h"
#include "TestHttp.h"
#include "TestServer.h"

#include <ApiPaths.h>
#include <OfflineLicense.h>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QtTest>
#include <WireTime.h>

using namespace lp::proto;

namespace {
const QString kPassword = QStringLiteral("correct-horse-battery");
const QString kOwner = QStringLiteral("offline@o.example");
const QString kOther = QStringLiteral("other@o.example");

QString hashOf(const QByteArray& hardwareId)
{
    return QString::fromLatin1(QCryptographicHash::hash(hardwareId, QCryptographicHash::Sha256).toHex());
}

QJsonObject requestFor(const QString& hash, int days, const QString& name = {})
{
    return OfflineActivationRequest {hash, QStringLiteral("Windows 11 IoT"), name, days}.toJson();
}
} // namespace

class TestOfflineLicenses : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void issuedFileVerifiesAndTakesASeat();
    void validityEndsWithTheTerm();
    void theSameDeviceTakesNoSecondSeat();
    void noSeatLeftIsRefused();
    void refusals_data();
    void refusals();
    void rotationKeepsOlderFilesValid();

private:
    HttpReply send(const QByteArray& method, const QString& path, const QByteArray& bearer,
                   const QJsonObject& body = {})
    {
        HttpHeaders headers;
        if (!bearer.isEmpty()) {
            headers.append({"Authorization", bearer});
        }
        return sendHttp(m_network, m_server.baseUrl(), method, path,
                        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(), "application/json",
                        headers);
    }
    QString offlinePath(const QString& licenseId) const
    {
        return QLatin1String(lp::api::kLicenses) + QLatin1Char('/') + licenseId
            + QLatin1String(lp::api::kOfflineLicensesSuffix);
    }
    HttpReply issue(const QString& licenseId, const QJsonObject& request)
    {
        return send("POST", offlinePath(licenseId), m_bearer, request);
    }
    QList<SigningKey> keys()
    {
        // Public: no bearer token.
        const HttpReply reply = send("GET", QLatin1String(lp::api::kSigningKeys), {});
        FieldErrors errors;
        const auto list = SigningKeyList::fromJson(reply.json(), &errors);
        return list ? list->items : QList<SigningKey> {};
    }
    qint64 devicesInUse(const QString& licenseId)
    {
        return send("GET", QLatin1String(lp::api::kLicenses) + QLatin1Char('/') + licenseId, m_bearer)
            .json()
            .value("devices_in_use")
            .toInteger();
    }

    QNetworkAccessManager m_network;
    TestServer m_server;
    QByteArray m_bearer;
    QByteArray m_otherBearer;
    QString m_licenseId; // per device, 10 seats, 1 year
    QString m_handshakeCode;
    QString m_perScanId;
    QString m_otherId;
    QString m_fullId; // per device, 1 seat
};

void TestOfflineLicenses::initTestCase()
{
    QVERIFY(m_server.start());
    QVERIFY(m_server.createAccount(kOwner, kPassword, QStringLiteral("Offline Owner")));
    QVERIFY(m_server.createAccount(kOther, kPassword, QStringLiteral("Other Owner")));
    m_handshakeCode = m_server.createLicense(
        kOwner, {"--product", "Barcode Reader SDK", "--type", "per_device", "--devices", "10"}, &m_licenseId);
    QVERIFY(!m_handshakeCode.isEmpty());
    QVERIFY(!m_server
                 .createLicense(
                     kOwner, {"--product", "Label Recognizer", "--type", "per_scan", "--scan-quota", "1000"},
                     &m_perScanId)
                 .isEmpty());
    QVERIFY(!m_server
                 .createLicense(kOwner, {"--product", "Kiosk", "--type", "per_device", "--devices", "1"},
                                &m_fullId)
                 .isEmpty());
    QVERIFY(!m_server
                 .createLicense(kOther, {"--product", "Other", "--type", "per_device", "--devices", "5"},
                                &m_otherId)
                 .isEmpty());
    m_bearer = signInBearer(m_network, m_server.baseUrl(), kOwner, kPassword);
    m_otherBearer = signInBearer(m_network, m_server.baseUrl(), kOther, kPassword);
    QVERIFY(!m_bearer.isEmpty());
}

void TestOfflineLicenses::issuedFileVerifiesAndTakesASeat()
{
    const QString device = hashOf("air-gapped-1");
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const HttpReply reply = issue(m_licenseId, requestFor(device, 90, QStringLiteral("Line 3 kiosk")));
    QCOMPARE(reply.status, 201);
    const QByteArray fileBytes = reply.body;

    lp::OfflineLicenseVerifier verifier;
    verifier.setKeys(keys());
    QCOMPARE(verifier.keys().size(), 1);
    const auto result = verifier.verify(fileBytes, QDateTime::currentDateTimeUtc(), device);
    QCOMPARE(result.signature, lp::OfflineVerification::Signature::Valid);
    QVERIFY(result.accepted());
    const OfflineLicensePayload& payload = *result.payload;
    QCOMPARE(payload.handshakeCode, m_handshakeCode);
    QCOMPARE(payload.deviceHash, device);
    QCOMPARE(payload.licenseId, m_licenseId);
    QCOMPARE(payload.keyId, verifier.keys().first().id);
    QVERIFY(payload.issuedAt >= before);
    QCOMPARE(payload.notBefore, payload.issuedAt);
    QCOMPARE(payload.expiresAt, payload.issuedAt.addDays(90));
    QVERIFY(payload.features.contains("QR_CODE")); // the default scan settings allow every format
    // The payload travels in its canonical form.
    QCOMPARE(QJsonDocument::fromJson(fileBytes).object().value("payload").toString().toUtf8(),
             payload.canonicalText());

    // The seat is counted and the device listed with the others.
    QCOMPARE(devicesInUse(m_licenseId), 1);
    const HttpReply list = send("GET",
                                QLatin1String(lp::api::kLicenses) + QLatin1Char('/') + m_licenseId
                                    + QLatin1String(lp::api::kDevicesSuffix) + "?q=Line",
                                m_bearer);
    QCOMPARE(list.status, 200);
    const QJsonArray items = list.json().value("items").toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().toObject().value("device_hash").toString(), device);
    QCOMPARE(items.first().toObject().value("platform").toString(), QStringLiteral("Windows 11 IoT"));

    // The device refresh leaves it: it never checks in, yet holds a valid file. Set its last check-in
    // long ago and run the refresh: the seat stays.
    m_server.sql("UPDATE devices SET last_seen = 1000 WHERE device_hash = ?", {device});
    m_server.sql("UPDATE licenses SET term_start = term_start - 400 * 86400 WHERE id = ?", {m_licenseId});
    QString output;
    QCOMPARE(m_server.admin({"refresh-devices"}, &output), 0);
    // The refresh did run on this license (and released nothing).
    QVERIFY2(output.contains("0 device(s) released"), qPrintable(output));
    QVERIFY(!m_server.sql("SELECT last_device_refresh FROM licenses WHERE id = ?", {m_licenseId}).isNull());
    QCOMPARE(devicesInUse(m_licenseId), 1);
    QVERIFY(m_server.sql("SELECT released_at FROM devices WHERE device_hash = ?", {device}).isNull());
    m_server.sql(
        "UPDATE licenses SET term_start = term_start + 400 * 86400, last_device_refresh = NULL WHERE id = ?",
        {m_licenseId});
}

void TestOfflineLicenses::validityEndsWithTheTerm()
{
    const HttpReply reply = issue(m_licenseId, requestFor(hashOf("air-gapped-2"), 1095));
    QCOMPARE(reply.status, 201);
    FieldErrors errors;
    const auto file = OfflineLicenseFile::fromJson(reply.json(), &errors);
    QVERIFY(file);
    const auto payload
        = OfflineLicensePayload::fromJson(QJsonDocument::fromJson(file->payload.toUtf8()).object(), &errors);
    QVERIFY(payload);
    const QString termEnd
        = send("GET", QLatin1String(lp::api::kLicenses) + QLatin1Char('/') + m_licenseId, m_bearer)
              .json()
              .value("term_end")
              .toString();
    QCOMPARE(payload->expiresAt, fromWireTime(termEnd));
}

void TestOfflineLicenses::theSameDeviceTakesNoSecondSeat()
{
    const qint64 before = devicesInUse(m_licenseId);
    const QString device = hashOf("air-gapped-1");
    const qint64 until
        = m_server.sql("SELECT offline_until FROM devices WHERE device_hash = ?", {device}).toLongLong();
    QVERIFY(until > QDateTime::currentSecsSinceEpoch() + 80 * 86400); // the 90-day file
    QCOMPARE(issue(m_licenseId, requestFor(device, 30)).status, 201);
    QCOMPARE(devicesInUse(m_licenseId), before);
    // A shorter file issued again does not shorten how long the seat is held for the longer one.
    QCOMPARE(m_server.sql("SELECT offline_until FROM devices WHERE device_hash = ?", {device}).toLongLong(),
             until);

    // A device registered online keeps its name, platform and last check-in when it gets a file too.
    const QString online = hashOf("online-then-offline");
    const QJsonObject registration {{"handshake_code", m_handshakeCode},
                                    {"device_hash", online},
                                    {"platform", "Android 14"},
                                    {"sdk_version", "10.2.1000"},
                                    {"name", "Front desk scanner"}};
    QCOMPARE(send("POST", QLatin1String(lp::api::kDeviceRegister), {}, registration).status, 201);
    m_server.sql("UPDATE devices SET last_seen = 5000 WHERE device_hash = ?", {online});
    QCOMPARE(issue(m_licenseId, requestFor(online, 30)).status, 201);
    QCOMPARE(m_server.sql("SELECT name FROM devices WHERE device_hash = ?", {online}).toString(),
             QStringLiteral("Front desk scanner"));
    QCOMPARE(m_server.sql("SELECT last_seen FROM devices WHERE device_hash = ?", {online}).toLongLong(),
             5000);
    QCOMPARE(devicesInUse(m_licenseId), before + 1);
}

void TestOfflineLicenses::noSeatLeftIsRefused()
{
    QCOMPARE(issue(m_fullId, requestFor(hashOf("kiosk-1"), 30)).status, 201);
    const HttpReply refused = issue(m_fullId, requestFor(hashOf("kiosk-2"), 30));
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.problemType().section('/', -1), QStringLiteral("device-allowance-exceeded"));
    QCOMPARE(devicesInUse(m_fullId), 1);
}

void TestOfflineLicenses::refusals_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("problem");
    const QString device = hashOf("refused");
    QTest::newRow("per scan") << "per_scan" << requestFor(device, 30) << 409 << "not-applicable";
    QTest::newRow("another account's") << "other" << requestFor(device, 30) << 404 << "not-found";
    QTest::newRow("unknown license") << "unknown" << requestFor(device, 30) << 404 << "not-found";
    QTest::newRow("bad hash") << "mine" << requestFor("xyz", 30) << 400 << "validation";
    QTest::newRow("zero days") << "mine" << requestFor(device, 0) << 400 << "validation";
    QTest::newRow("too long") << "mine" << requestFor(device, 5000) << 400 << "validation";
    QJsonObject noPlatform = requestFor(device, 30);
    noPlatform.remove("platform");
    QTest::newRow("no platform") << "mine" << noPlatform << 400 << "validation";
}

void TestOfflineLicenses::refusals()
{
    QFETCH(QString, which);
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, problem);
    const QString id = which == "per_scan" ? m_perScanId
        : which == "other"                 ? m_otherId
        : which == "unknown"               ? QStringLiteral("lic_nope")
                                           : m_licenseId;
    const qint64 before = devicesInUse(m_licenseId);
    const HttpReply reply = issue(id, body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.problemType().section('/', -1), problem);
    QCOMPARE(devicesInUse(m_licenseId), before);
    // Without a token, nothing is issued at all.
    QCOMPARE(send("POST", offlinePath(m_licenseId), {}, requestFor(hashOf("anon"), 30)).status, 401);
}

void TestOfflineLicenses::rotationKeepsOlderFilesValid()
{
    const QByteArray oldFile = issue(m_licenseId, requestFor(hashOf("before-rotation"), 30)).body;
    const QString oldKey = keys().first().id;
    QString output;
    QCOMPARE(m_server.admin({"rotate-signing-key"}, &output), 0);
    QVERIFY2(output.contains("New signing key"), qPrintable(output));

    const QList<SigningKey> now = keys();
    QCOMPARE(now.size(), 2);
    QVERIFY(now.first().id != oldKey);
    QCOMPARE(now.last().id, oldKey);

    const QByteArray newFile = issue(m_licenseId, requestFor(hashOf("after-rotation"), 30)).body;
    lp::OfflineLicenseVerifier verifier;
    verifier.setKeys(now);
    const auto newResult = verifier.verify(newFile, QDateTime::currentDateTimeUtc());
    QVERIFY(newResult.accepted());
    QCOMPARE(newResult.keyId, now.first().id);
    const auto oldResult = verifier.verify(oldFile, QDateTime::currentDateTimeUtc());
    QVERIFY(oldResult.accepted());
    QCOMPARE(oldResult.keyId, oldKey);
    // A verifier that knows only the old key cannot vouch for the new file.
    verifier.setKeys({now.last()});
    QCOMPARE(verifier.verify(newFile, QDateTime::currentDateTimeUtc()).signature,
             lp::OfflineVerification::Signature::UnknownKey);
}

QTEST_GUILESS_MAIN(TestOfflineLicenses)
#include "test_offlinelicenses.moc"
