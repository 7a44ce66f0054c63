// device-offline on an "air-gapped" machine, against files a real license-server issued: the request it
// writes is what the portal takes, a signed file for this device installs and verifies, and a tampered
// file, another device's file or a clock set back are refused in words, leaving the installed file alone.
#include "TestHttp.h"
#include "TestServer.h"

#include <ApiPaths.h>
#include <QDir>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <WireTime.h>

namespace {
const QString kOwner = QStringLiteral("air@a.example");
const QString kPassword = QStringLiteral("correct-horse-battery");
const QString kMachine = QStringLiteral("press-line-2-controller");
} // namespace

class TestDeviceOffline : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        QVERIFY(m_server.createAccount(kOwner, kPassword, QStringLiteral("Air Owner")));
        QVERIFY(!m_server
                     .createLicense(kOwner,
                                    {"--product", "Press Vision", "--type", "per_device", "--devices", "3"},
                                    &m_licenseId)
                     .isEmpty());
        m_bearer = signInBearer(m_network, m_server.baseUrl(), kOwner, kPassword);
        QVERIFY(!m_bearer.isEmpty());
        const HttpReply keys
            = sendHttp(m_network, m_server.baseUrl(), "GET", QLatin1String(lp::api::kSigningKeys));
        QCOMPARE(keys.status, 200);
        m_keysFile = write("signing-keys.json", keys.body);
        m_installDir = m_dir.filePath("install");
    }

    void requestIssueInstallVerify()
    {
        const QString requestFile = m_dir.filePath("request.json");
        QCOMPARE(run({"request", "--machine-id", kMachine, "--platform", "Linux", "--name", "Press line 2",
                      "--validity-days", "90", "--out", requestFile}),
                 0);
        QFile request(requestFile);
        QVERIFY(request.open(QIODevice::ReadOnly));
        const QByteArray body = request.readAll();
        // Only the hash of the machine id leaves the machine.
        QVERIFY(!body.contains(kMachine.toUtf8()));
        m_hash = QJsonDocument::fromJson(body).object().value("device_hash").toString();
        QCOMPARE(m_hash.size(), 64);

        // The portal issues a file for exactly that request.
        const HttpReply issued = sendHttp(m_network, m_server.baseUrl(), "POST",
                                          QLatin1String(lp::api::kLicenses) + '/' + m_licenseId
                                              + QLatin1String(lp::api::kOfflineLicensesSuffix),
                                          body, "application/json", {{"Authorization", m_bearer}});
        QCOMPARE(issued.status, 201);
        m_licenseFile = write("offline-license.json", issued.body);

        QCOMPARE(run({"install", "--machine-id", kMachine, "--license", m_licenseFile, "--keys", m_keysFile,
                      "--dir", m_installDir}),
                 0);
        QVERIFY2(m_output.contains("The signature is valid") && m_output.contains("Issued for this device")
                     && m_output.contains("accepted"),
                 qPrintable(m_output));
        QVERIFY(QFile::exists(QDir(m_installDir).filePath("offline-license.json")));
        QCOMPARE(run({"verify", "--machine-id", kMachine, "--keys", m_keysFile, "--dir", m_installDir}), 0);
    }

    void refusesAnotherDevicesAndTamperedFiles()
    {
        const QByteArray installed = readInstalled();
        // The same file on another machine.
        QCOMPARE(run({"install", "--machine-id", "another-machine", "--license", m_licenseFile, "--keys",
                      m_keysFile, "--dir", m_dir.filePath("other")}),
                 1);
        QVERIFY2(m_output.contains("Issued for another device") && m_output.contains("refused"),
                 qPrintable(m_output));
        QVERIFY(!QFile::exists(QDir(m_dir.filePath("other")).filePath("offline-license.json")));

        // A longer validity written into the payload: the signature no longer matches, and the good installed
        // file stays.
        QJsonObject json = QJsonDocument::fromJson(installed).object();
        json["payload"] = json["payload"].toString().replace("\"expires_at\":\"", "\"expires_at\":\"2099");
        const QString tampered = write("tampered.json", QJsonDocument(json).toJson());
        QCOMPARE(run({"install", "--machine-id", kMachine, "--license", tampered, "--keys", m_keysFile,
                      "--dir", m_installDir}),
                 1);
        QVERIFY2(m_output.contains("does not match the contents")
                     || m_output.contains("not a valid offline license"),
                 qPrintable(m_output));
        QCOMPARE(readInstalled(), installed);
    }

    void noticesAClockSetBack()
    {
        // The latest time seen is a day ahead of this machine's clock: as if the clock had been set back.
        QFile watermark(QDir(m_installDir).filePath("latest-time-seen"));
        QVERIFY(watermark.open(QIODevice::WriteOnly | QIODevice::Truncate));
        watermark.write(lp::proto::toWireTime(QDateTime::currentDateTimeUtc().addDays(1)).toLatin1() + '\n');
        watermark.close();
        QCOMPARE(run({"verify", "--machine-id", kMachine, "--keys", m_keysFile, "--dir", m_installDir}), 1);
        QVERIFY2(m_output.contains("clock is earlier than a time already seen"), qPrintable(m_output));
    }

    void badArgumentsSayHow()
    {
        QCOMPARE(run({"install", "--machine-id", kMachine}), 2);
        QCOMPARE(run({"install", "--machine-id", kMachine, "--license", m_licenseFile, "--keys",
                      m_dir.filePath("missing.json"), "--dir", m_installDir}),
                 1);
        QVERIFY2(m_output.contains("cannot read"), qPrintable(m_output));
    }

private:
    int run(const QStringList& arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(qEnvironmentVariable("LP_DEVICE_OFFLINE_BINARY"), arguments);
        process.waitForFinished(30000);
        m_output = QString::fromUtf8(process.readAll());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(bytes);
        return path;
    }
    QByteArray readInstalled()
    {
        QFile file(QDir(m_installDir).filePath("offline-license.json"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QNetworkAccessManager m_network;
    TestServer m_server;
    QTemporaryDir m_dir;
    QByteArray m_bearer;
    QString m_licenseId;
    QString m_keysFile;
    QString m_installDir;
    QString m_licenseFile;
    QString m_hash;
    QString m_output;
};

QTEST_GUILESS_MAIN(TestDeviceOffline)
#include "test_deviceoffline.moc"
