// OfflineActivation against a real license-server with the demo data: a device's request file becomes a
// signed offline license that verifies; tampering, another device, a clock set back and an unreachable
// server (the keys fetched before still verify) are each reported as such.
#include "AppSettings.h"
#include "Clock.h"
#include "DemoAccount.h"
#include "OfflineActivation.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace lp;

namespace {
constexpr int kWait = DemoAccount::kWait;
const QString kDevice = QStringLiteral("5e").repeated(32);

QByteArray requestFile(const QString& hash, int days)
{
    return QJsonDocument(proto::OfflineActivationRequest {hash, QStringLiteral("Android 14"),
                                                          QStringLiteral("Cold store 7"), days}
                             .toJson())
        .toJson();
}
} // namespace

class TestOfflineActivation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_demo.start());
        m_license = m_demo.license(QStringLiteral("Warehouse Scanner Fleet")).id;
        QVERIFY(!m_license.isEmpty());
        m_settings = std::make_unique<AppSettings>(m_dir.filePath("settings.ini"));
    }

    void requestFileIsReadOrRefusedInWords()
    {
        OfflineActivation activation(&m_demo.api(), m_settings.get(), &m_clock);
        QString error;
        QVERIFY(activation.loadRequestFile(requestFile(kDevice, 90), &error));
        QCOMPARE(activation.request().deviceHash, kDevice);
        QCOMPARE(activation.request().validityDays, 90);
        QVERIFY(activation.canIssue());

        QVERIFY(!activation.loadRequestFile("{\"device_hash\": \"abc\"}", &error));
        QVERIFY2(error.contains("device_hash"), qPrintable(error));
        QVERIFY(!activation.loadRequestFile("\x89PNG\r\n", &error));
        QVERIFY(error.contains("not an offline activation request"));
        // The request read before stays.
        QCOMPARE(activation.request().deviceHash, kDevice);

        QVERIFY(activation.setDeviceHash(QStringLiteral("SHA256:") + kDevice.toUpper()));
        QCOMPARE(activation.request().deviceHash, kDevice);
        QVERIFY(!activation.setDeviceHash(QStringLiteral("12ab")));
    }

    void issuesAFileThatVerifies()
    {
        OfflineActivation activation(&m_demo.api(), m_settings.get(), &m_clock);
        QString error;
        QVERIFY(activation.loadRequestFile(requestFile(kDevice, 90), &error));
        QSignalSpy issued(&activation, &OfflineActivation::issued);
        activation.issue(m_license);
        QVERIFY(activation.isBusy());
        QVERIFY(issued.wait(kWait));
        m_clock.set(QDateTime::currentDateTimeUtc());
        const auto payload = issued.first().first().value<proto::OfflineLicensePayload>();
        QCOMPARE(payload.deviceHash, kDevice);
        QCOMPARE(payload.handshakeCode,
                 m_demo.license(QStringLiteral("Warehouse Scanner Fleet")).handshakeCode);

        const QString path = m_dir.filePath("offline-license.json");
        QVERIFY(OfflineActivation::saveFile(path, activation.issuedFile(), &error));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        m_file = saved.readAll();

        QSignalSpy verified(&activation, &OfflineActivation::verified);
        activation.verify(m_file, kDevice);
        QVERIFY(verified.wait(kWait));
        const auto result = verified.first().first().value<OfflineVerification>();
        QVERIFY(result.accepted());
        QCOMPARE(verified.first().at(1).toBool(), true); // keys from the server
        QVERIFY(!activation.knownKeys().isEmpty()); // and kept for later
    }

    void tamperingAndAnotherDeviceAreReported()
    {
        QVERIFY(!m_file.isEmpty());
        OfflineActivation activation(&m_demo.api(), m_settings.get(), &m_clock);
        QJsonObject json = QJsonDocument::fromJson(m_file).object();
        json["payload"] = json["payload"].toString().replace("\"features\":[", "\"features\":[\"ALL\",");
        auto result = activation.verifyWithKnownKeys(QJsonDocument(json).toJson(), kDevice);
        QCOMPARE(result.signature, OfflineVerification::Signature::Invalid);

        result = activation.verifyWithKnownKeys(m_file, QStringLiteral("77").repeated(32));
        QCOMPARE(result.deviceMatches, std::optional<bool>(false));
        QVERIFY(!result.accepted());
    }

    void clockSetBackIsFlagged()
    {
        OfflineActivation activation(&m_demo.api(), m_settings.get(), &m_clock);
        QVERIFY(activation.verifyWithKnownKeys(m_file, kDevice).accepted());
        const QDateTime seen = m_clock.now();
        m_clock.advance(-3 * 24 * 3600);
        auto result = activation.verifyWithKnownKeys(m_file, kDevice);
        QVERIFY(result.clockRolledBack);
        QVERIFY(!result.accepted());
        // The latest time seen did not move back with the clock.
        QCOMPARE(m_settings->offlineLatestTimeSeen().toSecsSinceEpoch(), seen.toSecsSinceEpoch());
        m_clock.set(seen.addSecs(60));
        QVERIFY(activation.verifyWithKnownKeys(m_file, kDevice).accepted());
    }

    void verifiesWithKnownKeysWhenTheServerIsGone()
    {
        OfflineActivation activation(&m_demo.api(), m_settings.get(), &m_clock);
        m_demo.server().stop();
        QSignalSpy verified(&activation, &OfflineActivation::verified);
        activation.verify(m_file, kDevice);
        QVERIFY(verified.wait(kWait));
        QCOMPARE(verified.first().at(1).toBool(), false); // the keys fetched before
        QVERIFY(verified.first().first().value<OfflineVerification>().accepted());

        // Without any key known, it says it cannot verify rather than calling the file bad.
        AppSettings fresh(m_dir.filePath("fresh.ini"));
        OfflineActivation unaware(&m_demo.api(), &fresh, &m_clock);
        QSignalSpy failed(&unaware, &OfflineActivation::verifyFailed);
        unaware.verify(m_file, kDevice);
        QVERIFY(failed.wait(kWait));
        QVERIFY(failed.first().first().toString().contains("cannot be verified yet"));
    }

private:
    DemoAccount m_demo;
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    ManualClock m_clock {QDateTime::currentDateTimeUtc()};
    QString m_license;
    QByteArray m_file;
};

QTEST_GUILESS_MAIN(TestOfflineActivation)
#include "test_offlineactivation.moc"
