#include "TestHttp.h"
#include "TestServer.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>
#include <ScanSettings.h>

namespace {
const QString kOwner = QStringLiteral("sim@s.example");
const QString kPassword = QStringLiteral("correct-horse-battery");
} // namespace

// device-sim against a real server: it fills a license up to its allowance, reports the refusals in the
// server's words, finds its devices again on a rerun, sends heartbeats that renew their leases, and reports
// only the scans the license's pre-scan settings allow, until its quota runs out.
class TestDeviceSim : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        QVERIFY(m_server.createAccount(kOwner, kPassword, QStringLiteral("Sim Owner")));
        QString output;
        QCOMPARE(
            m_server.admin({QStringLiteral("create-license"), QStringLiteral("--account-email"),
                            QStringLiteral("sim@s.example"), QStringLiteral("--product"),
                            QStringLiteral("Fleet"), QStringLiteral("--type"), QStringLiteral("per_device"),
                            QStringLiteral("--devices"), QStringLiteral("25")},
                           &output),
            0);
        m_code = QRegularExpression(QStringLiteral(R"(handshake_code: (\S+))")).match(output).captured(1);
        QVERIFY(!m_code.isEmpty());
    }

    void fillsTheAllowanceAndReportsRefusals()
    {
        const QString out = run({QStringLiteral("--devices"), QStringLiteral("30"),
                                 QStringLiteral("--concurrency"), QStringLiteral("8")});
        QVERIFY2(out.contains(QLatin1String("registered 25 new, 0 known, 5 refused, 0 failed")),
                 qPrintable(out));
        QVERIFY(out.contains(QLatin1String("allows 25 devices and 25 are registered")));
        QCOMPARE(m_server.sql(QStringLiteral("SELECT COUNT(*) FROM devices")).toInt(), 25);
        QCOMPARE(m_exitCode, 0);
    }

    void rerunFindsTheSameDevicesAndSendsHeartbeats()
    {
        // The same 30 names: the 25 that got a seat (which ones depends on the order the concurrent requests
        // arrived in) are known, the other 5 are refused again.
        m_server.sql(QStringLiteral("UPDATE devices SET last_seen = 1"));
        const QString out = run({QStringLiteral("--devices"), QStringLiteral("30"),
                                 QStringLiteral("--heartbeats-per-second"), QStringLiteral("100"),
                                 QStringLiteral("--duration"), QStringLiteral("1")});
        QVERIFY2(out.contains(QLatin1String("registered 0 new, 25 known, 5 refused, 0 failed")),
                 qPrintable(out));
        const auto heartbeats
            = QRegularExpression(QStringLiteral(R"(heartbeats (\d+) ok, 0 failed)")).match(out);
        QVERIFY2(heartbeats.hasMatch(), qPrintable(out));
        QVERIFY(heartbeats.captured(1).toInt() > 0);
        // Every device checked in again: none is left with the old check-in time.
        QCOMPARE(m_server.sql(QStringLiteral("SELECT COUNT(*) FROM devices WHERE last_seen = 1")).toInt(), 0);
        QCOMPARE(m_exitCode, 0);
    }

    void reportsOnlyTheScansTheSettingsAllowUntilTheQuotaIsExhausted()
    {
        QString licenseId;
        const QString code = m_server.createLicense(
            kOwner,
            {QStringLiteral("--product"), QStringLiteral("Label Recognizer"), QStringLiteral("--type"),
             QStringLiteral("per_scan"), QStringLiteral("--scan-quota"), QStringLiteral("400")},
            &licenseId);
        QVERIFY(!code.isEmpty());
        // Only QR codes, in the left half of the frame. Device names with spaces and umlauts (the prefix)
        // must not reach the heartbeat ids, which allow neither.
        QNetworkAccessManager network;
        const QByteArray bearer = signInBearer(network, m_server.baseUrl(), kOwner, kPassword);
        lp::proto::ScanSettings settings;
        settings.formats = {QStringLiteral("QR_CODE")};
        settings.regions = {lp::proto::ScanRegion {0, 0, 50, 100}};
        const HttpReply saved = sendHttp(network, m_server.baseUrl(), "PUT",
                                         QStringLiteral("/v1/licenses/%1/scan-settings").arg(licenseId),
                                         QJsonDocument(settings.toJson()).toJson(), "application/json",
                                         {{"Authorization", bearer}});
        QCOMPARE(saved.status, 200);

        const QString out = run({QStringLiteral("--devices"), QStringLiteral("3"), QStringLiteral("--prefix"),
                                 QStringLiteral("Front desk Ä"), QStringLiteral("--heartbeats-per-second"),
                                 QStringLiteral("50"), QStringLiteral("--duration"), QStringLiteral("2"),
                                 QStringLiteral("--scans-per-heartbeat"), QStringLiteral("100")},
                                code);
        const auto scans
            = QRegularExpression(QStringLiteral(R"(scans (\d+) counted, (\d+) skipped by the pre-scan )"
                                                R"(settings, (\d+) refused)"))
                  .match(out);
        QVERIFY2(scans.hasMatch(), qPrintable(out));
        const qint64 counted = scans.captured(1).toLongLong();
        // What the devices report is what the server counted, and only QR codes.
        QCOMPARE(m_server
                     .sql(QStringLiteral("SELECT SUM(count) FROM scan_usage_daily WHERE license_id = ?"),
                          {licenseId})
                     .toLongLong(),
                 counted);
        QCOMPARE(m_server
                     .sql(QStringLiteral("SELECT COUNT(*) FROM scan_usage_daily WHERE license_id = ? AND"
                                         " format <> 'QR_CODE'"),
                          {licenseId})
                     .toInt(),
                 0);
        // About 80% of what they saw was another format or outside the region.
        QVERIFY(scans.captured(2).toLongLong() > counted);
        // The quota of 400 ran out: the devices stopped counting (a few heartbeats in flight overshoot).
        QVERIFY(counted >= 400);
        QVERIFY(scans.captured(3).toLongLong() > 0);
        QCOMPARE(m_exitCode, 0);
    }

    void badArgumentsAreRefused()
    {
        run({QStringLiteral("--devices"), QStringLiteral("zero")});
        QCOMPARE(m_exitCode, 2);
    }

private:
    QString run(const QStringList& arguments, const QString& code = {})
    {
        QProcess process;
        process.start(qEnvironmentVariable("LP_DEVICE_SIM_BINARY"),
                      QStringList {QStringLiteral("--server"), m_server.baseUrl().toString(),
                                   QStringLiteral("--handshake-code"), code.isEmpty() ? m_code : code}
                          + arguments);
        if (!process.waitForFinished(60000)) {
            process.kill();
        }
        m_exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    TestServer m_server;
    QString m_code;
    int m_exitCode = -1;
};

QTEST_GUILESS_MAIN(TestDeviceSim)
#include "test_devicesim.moc"
