#include "TestServer.h"

#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

// device-sim against a real server: it fills a license up to its allowance, reports the refusals in the
// server's words, finds its devices again on a rerun, and sends heartbeats that renew their leases.
class TestDeviceSim : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        QVERIFY(m_server.createAccount(QStringLiteral("sim@s.example"),
                                       QStringLiteral("correct-horse-battery"), QStringLiteral("Sim Owner")));
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

    void badArgumentsAreRefused()
    {
        run({QStringLiteral("--devices"), QStringLiteral("zero")});
        QCOMPARE(m_exitCode, 2);
    }

private:
    QString run(const QStringList& arguments)
    {
        QProcess process;
        process.start(qEnvironmentVariable("LP_DEVICE_SIM_BINARY"),
                      QStringList {QStringLiteral("--server"), m_server.baseUrl().toString(),
                                   QStringLiteral("--handshake-code"), m_code}
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
