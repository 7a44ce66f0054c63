// The server's Ed25519 keys and the client's verifier together: what the server signs, the verifier
// accepts, and every kind of tampering, wrong key, time window and device is told apart.
#include "Clock.h"
#include "OfflineLicenseVerifier.h"
#include "SigningKeys.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using lp::OfflineLicenseVerifier;
using lp::OfflineVerification;
using lp::proto::OfflineLicenseFile;
using lp::proto::OfflineLicensePayload;
using lp::server::Clock;
using lp::server::SigningKeys;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
const QString kDevice = QStringLiteral("ab").repeated(32);
// The owner, group and other bits (QFileDevice keeps the current user's apart).
constexpr int kOwnerGroupOther = 0x7077;

OfflineLicensePayload payloadFor(const QString& keyId)
{
    OfflineLicensePayload payload;
    payload.licenseId = "lic_1";
    payload.product = QString::fromUtf8("Barcode Reader SDK – Mobile");
    payload.handshakeCode = "12345-67890";
    payload.deviceHash = kDevice;
    payload.platform = "Android 14";
    payload.features = {"QR_CODE", "CODE_128"};
    payload.issuedAt = kNow;
    payload.notBefore = kNow;
    payload.expiresAt = kNow.addDays(365);
    payload.keyId = keyId;
    return payload;
}

QByteArray fileBytes(const SigningKeys& keys, const OfflineLicensePayload& payload)
{
    const QByteArray text = payload.canonicalText();
    const OfflineLicenseFile file {QString::fromUtf8(text), QString::fromLatin1(keys.sign(text).toBase64()),
                                   payload.keyId};
    return QJsonDocument(file.toJson()).toJson();
}

QByteArray withPayload(const QByteArray& bytes, const QString& payload)
{
    QJsonObject json = QJsonDocument::fromJson(bytes).object();
    json["payload"] = payload;
    return QJsonDocument(json).toJson();
}
} // namespace

class TestSigningKeys : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_keyDir = m_dir->filePath("keys");
    }

    void firstLoadMakesAnOwnerOnlyKey()
    {
        SigningKeys keys(m_keyDir);
        QString error;
        QVERIFY2(keys.load(Clock::fixed(kNow), &error), qPrintable(error));
        QCOMPARE(keys.publicKeys().size(), 1);
        QVERIFY(keys.currentKeyId().startsWith("ed25519-"));
        QCOMPARE(QFileInfo(m_keyDir).permissions() & kOwnerGroupOther,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        const QStringList files = QDir(m_keyDir).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QCOMPARE(QFileInfo(QDir(m_keyDir).filePath(files.first())).permissions() & kOwnerGroupOther,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(keys.publicKeys().first().publicKeyPem.startsWith("-----BEGIN PUBLIC KEY-----"));

        // A second process (or a restart) loads the same key, under the same id.
        SigningKeys again(m_keyDir);
        QVERIFY(again.load(Clock::fixed(kNow.addDays(1)), &error));
        QCOMPARE(again.publicKeys(), keys.publicKeys());
    }

    void refusesKeysOthersCanRead()
    {
        SigningKeys keys(m_keyDir);
        QString error;
        QVERIFY(keys.load(Clock::fixed(kNow), &error));
        const QString file = QDir(m_keyDir).filePath(QDir(m_keyDir).entryList(QDir::Files).first());
        QFile::setPermissions(file,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
        SigningKeys again(m_keyDir);
        QVERIFY(!again.load(Clock::fixed(kNow), &error));
        QVERIFY2(error.contains("owner-only"), qPrintable(error));

        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile::setPermissions(m_keyDir,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                  | QFileDevice::ReadOther | QFileDevice::ExeOther);
        QVERIFY(!again.load(Clock::fixed(kNow), &error));
        QVERIFY2(error.contains("chmod 700"), qPrintable(error));
    }

    void refusesAFileThatIsNotItsKey()
    {
        SigningKeys keys(m_keyDir);
        QString error;
        QVERIFY(keys.load(Clock::fixed(kNow), &error));
        const QString file = QDir(m_keyDir).filePath(QDir(m_keyDir).entryList(QDir::Files).first());
        QFile broken(file);
        QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        broken.write("-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n");
        broken.close();
        SigningKeys again(m_keyDir);
        QVERIFY(!again.load(Clock::fixed(kNow), &error));
        QVERIFY2(error.contains("not an Ed25519 private key"), qPrintable(error));
    }

    void signedFileVerifies()
    {
        SigningKeys keys(m_keyDir);
        QString error;
        QVERIFY(keys.load(Clock::fixed(kNow), &error));
        OfflineLicenseVerifier verifier;
        verifier.setKeys(keys.publicKeys());
        const auto result
            = verifier.verify(fileBytes(keys, payloadFor(keys.currentKeyId())), kNow.addDays(10), kDevice);
        QCOMPARE(result.signature, OfflineVerification::Signature::Valid);
        QCOMPARE(result.window, OfflineVerification::Window::Valid);
        QCOMPARE(result.deviceMatches, std::optional<bool>(true));
        QVERIFY(result.accepted());
        QCOMPARE(result.payload->features, (QStringList {"QR_CODE", "CODE_128"}));
        // Upper-case hashes name the same device.
        QVERIFY(verifier.verify(fileBytes(keys, payloadFor(keys.currentKeyId())), kNow, kDevice.toUpper())
                    .accepted());
    }

    void tamperedPayloadIsRefused()
    {
        SigningKeys keys(m_keyDir);
        QString error;
        QVERIFY(keys.load(Clock::fixed(kNow), &error));
        OfflineLicenseVerifier verifier;
        verifier.setKeys(keys.publicKeys());
        const QByteArray good = fileBytes(keys, payloadFor(keys.currentKeyId()));
        // A later expiry, written as canonically as the server would.
        OfflineLicensePayload longer = payloadFor(keys.currentKeyId());
        longer.expiresAt = kNow.addYears(10);
        const auto result
            = verifier.verify(withPayload(good, QString::fromUtf8(longer.canonicalText())), kNow);
        QCOMPARE(result.signature, OfflineVerification::Signature::Invalid);
        QVERIFY(!result.accepted());
        // One space more: the same JSON, other bytes. The signature covers bytes.
        const QString spaced
            = QString::fromUtf8(payloadFor(keys.currentKeyId()).canonicalText()).replace(",", ", ");
        QCOMPARE(verifier.verify(withPayload(good, spaced), kNow).signature,
                 OfflineVerification::Signature::Invalid);
        // A signature that is not base64 at all.
        QJsonObject json = QJsonDocument::fromJson(good).object();
        json["signature"] = "!!!";
        QCOMPARE(verifier.verify(QJsonDocument(json).toJson(), kNow).signature,
                 OfflineVerification::Signature::Invalid);
    }

    void wrongOrUnknownKeyIsRefused()
    {
        SigningKeys keys(m_keyDir);
        SigningKeys other(m_dir->filePath("other"));
        QString error;
        QVERIFY(keys.load(Clock::fixed(kNow), &error));
        QVERIFY(other.load(Clock::fixed(kNow), &error));
        OfflineLicenseVerifier verifier;
        verifier.setKeys(keys.publicKeys());
        // Signed by a key the verifier does not have.
        QCOMPARE(verifier.verify(fileBytes(other, payloadFor(other.currentKeyId())), kNow).signature,
                 OfflineVerification::Signature::UnknownKey);
        // Signed by another key but claiming the known key's id.
        QCOMPARE(verifier.verify(fileBytes(other, payloadFor(keys.currentKeyId())), kNow).signature,
                 OfflineVerification::Signature::Invalid);
        // The outer key id differs from the one under the signature.
        QJsonObject json = QJsonDocument::fromJson(fileBytes(keys, payloadFor(keys.currentKeyId()))).object();
        json["key_id"] = other.currentKeyId();
        verifier.setKeys(keys.publicKeys() + other.publicKeys());
        QCOMPARE(verifier.verify(QJsonDocument(json).toJson(), kNow).signature,
                 OfflineVerification::Signature::Invalid);
    }

    void timeWindowAndDevice()
    {
        SigningKeys keys(m_keyDir);
        QString error;
        QVERIFY(keys.load(Clock::fixed(kNow), &error));
        OfflineLicenseVerifier verifier;
        verifier.setKeys(keys.publicKeys());
        OfflineLicensePayload later = payloadFor(keys.currentKeyId());
        later.notBefore = kNow.addDays(2);
        auto result = verifier.verify(fileBytes(keys, later), kNow);
        QCOMPARE(result.signature, OfflineVerification::Signature::Valid);
        QCOMPARE(result.window, OfflineVerification::Window::NotYetValid);
        QVERIFY(!result.accepted());

        const QByteArray file = fileBytes(keys, payloadFor(keys.currentKeyId()));
        // A clock a few minutes slow still accepts a file issued just now; expiry has no leeway.
        QCOMPARE(verifier.verify(file, kNow.addSecs(-OfflineLicenseVerifier::kClockSkewSeconds)).window,
                 OfflineVerification::Window::Valid);
        QCOMPARE(verifier.verify(file, kNow.addSecs(-OfflineLicenseVerifier::kClockSkewSeconds - 1)).window,
                 OfflineVerification::Window::NotYetValid);
        QCOMPARE(verifier.verify(file, kNow.addDays(365)).window, OfflineVerification::Window::Expired);
        QCOMPARE(verifier.verify(file, kNow.addDays(365).addSecs(-1)).window,
                 OfflineVerification::Window::Valid);

        result = verifier.verify(file, kNow, QStringLiteral("cd").repeated(32));
        QCOMPARE(result.deviceMatches, std::optional<bool>(false));
        QVERIFY(!result.accepted());
    }

    void clockRollbackIsFlagged()
    {
        SigningKeys keys(m_keyDir);
        QString error;
        QVERIFY(keys.load(Clock::fixed(kNow), &error));
        OfflineLicenseVerifier verifier;
        verifier.setKeys(keys.publicKeys());
        const QByteArray file = fileBytes(keys, payloadFor(keys.currentKeyId()));
        // Seen 400 days on (expired), then the clock set back into the window.
        const auto result = verifier.verify(file, kNow.addDays(30), kDevice, kNow.addDays(400));
        QCOMPARE(result.window, OfflineVerification::Window::Valid);
        QVERIFY(result.clockRolledBack);
        QVERIFY(!result.accepted());
        QVERIFY(!verifier.verify(file, kNow.addDays(30), kDevice, kNow.addDays(29)).clockRolledBack);
    }

    void rotationKeepsOldFilesValid()
    {
        SigningKeys keys(m_keyDir);
        QString error;
        QVERIFY(keys.load(Clock::fixed(kNow), &error));
        const QString firstId = keys.currentKeyId();
        const QByteArray oldFile = fileBytes(keys, payloadFor(firstId));

        // Rotation by another process (the admin command) on the same directory.
        SigningKeys admin(m_keyDir);
        const auto secondId = admin.rotate(Clock::fixed(kNow), &error);
        QVERIFY2(secondId, qPrintable(error));
        QVERIFY(*secondId != firstId);

        QVERIFY(keys.load(Clock::fixed(kNow), &error));
        QCOMPARE(keys.currentKeyId(), *secondId);
        QCOMPARE(keys.publicKeys().size(), 2);
        QCOMPARE(keys.publicKeys().last().id, firstId);
        QVERIFY(keys.publicKeys().first().createdAt > keys.publicKeys().last().createdAt);

        OfflineLicenseVerifier verifier;
        verifier.setKeys(keys.publicKeys());
        QVERIFY(verifier.verify(oldFile, kNow).accepted());
        QVERIFY(verifier.verify(fileBytes(keys, payloadFor(*secondId)), kNow).accepted());
    }

    void canonicalFormIsStable()
    {
        const OfflineLicensePayload payload = payloadFor("ed25519-0123456789abcdef");
        const QByteArray text = payload.canonicalText();
        // Sorted keys, no whitespace, UTF-8 as is.
        QVERIFY(text.startsWith("{\"device_hash\":\""));
        QVERIFY(!text.contains(": ") && !text.contains(", "));
        QVERIFY(!text.contains('\n'));
        QVERIFY(text.contains(QString::fromUtf8("SDK – Mobile").toUtf8()));
        lp::proto::FieldErrors errors;
        const auto parsed = OfflineLicensePayload::fromJson(QJsonDocument::fromJson(text).object(), &errors);
        QVERIFY(parsed);
        QCOMPARE(*parsed, payload);
        QCOMPARE(parsed->canonicalText(), text);
        // Pinned: a change here breaks every file in the field.
        QCOMPARE(
            text,
            QByteArray("{\"device_hash\":\"" + kDevice.toLatin1()
                       + "\",\"expires_at\":\"2027-11-28T09:00:00Z\",\"features\":[\"QR_CODE\",\"CODE_128\"],"
                         "\"format_version\":1,\"handshake_code\":\"12345-67890\",\"issued_at\":"
                         "\"2026-11-28T09:00:00Z\",\"key_id\":\"ed25519-0123456789abcdef\",\"license_id\":"
                         "\"lic_1\",\"not_before\":\"2026-11-28T09:00:00Z\",\"platform\":\"Android 14\","
                         "\"product\":\"Barcode Reader SDK \xe2\x80\x93 Mobile\"}"));
    }

    void malformedFilesAreToldApart()
    {
        OfflineLicenseVerifier verifier;
        auto result = verifier.verify("not json", kNow);
        QCOMPARE(result.signature, OfflineVerification::Signature::Malformed);
        QVERIFY(!result.problem.isEmpty());
        result = verifier.verify(R"({"payload": "{}", "signature": "AAAA", "key_id": "k1"})", kNow);
        QCOMPARE(result.signature, OfflineVerification::Signature::Malformed);
        QVERIFY2(result.problem.contains("payload"), qPrintable(result.problem));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_keyDir;
};

QTEST_GUILESS_MAIN(TestSigningKeys)
#include "test_signingkeys.moc"
