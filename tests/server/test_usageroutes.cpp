#include "TestHttp.h"
#include "TestServer.h"

#include <ApiPaths.h>
#include <DeviceHeartbeat.h>
#include <DeviceLease.h>
#include <DeviceRegistration.h>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QtTest>
#include <QuotaStatus.h>
#include <ScanSettings.h>
#include <UsageReport.h>

using namespace lp::proto;

namespace {
const QString kPassword = QStringLiteral("correct-horse-battery");
const QString kOwner = QStringLiteral("scans@s.example");
const QString kOther = QStringLiteral("other@o.example");

QString hashOf(const QByteArray& hardwareId)
{
    return QString::fromLatin1(QCryptographicHash::hash(hardwareId, QCryptographicHash::Sha256).toHex());
}

QDate todayUtc()
{
    return QDateTime::currentDateTimeUtc().date();
}
} // namespace

// Usage, quota and scan settings against a real license-server: what heartbeats report is what the usage
// answers sum to at every granularity, a replay counts once, the heartbeat answer carries the quota left and
// the settings, settings are validated, and another account's license is not found.
class TestUsageRoutes : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void usageEqualsTheRawHeartbeats();
    void heartbeatAnswerCarriesQuotaAndSettings();
    void settingsAreValidatedAndBadOnesChangeNothing_data();
    void settingsAreValidatedAndBadOnesChangeNothing();
    void perDeviceUsageHasTheSeatCount();
    void badQueries_data();
    void badQueries();
    void anotherAccountsLicenseIsNotFound();

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
    static QString licensePath(const QString& id, const char* suffix)
    {
        return QLatin1String(lp::api::kLicenses) + QLatin1Char('/') + id + QLatin1String(suffix);
    }
    UsageReport usage(const QString& licenseId, const QDate& from, const QDate& to,
                      UsageGranularity granularity);
    HttpReply postDevice(const char* path, const QJsonObject& body)
    {
        return sendHttp(m_network, m_server.baseUrl(), "POST", QLatin1String(path),
                        QJsonDocument(body).toJson());
    }
    QString registerDevice(const QString& code, const QByteArray& hardwareId);

    QNetworkAccessManager m_network;
    TestServer m_server;
    QByteArray m_bearer;
    QByteArray m_otherBearer;
    QString m_perScan;
    QString m_perScanId;
    QString m_perDevice;
    QString m_perDeviceId;
    QString m_otherId;
};

void TestUsageRoutes::initTestCase()
{
    QVERIFY(m_server.start());
    QVERIFY(m_server.createAccount(kOwner, kPassword, QStringLiteral("Scan Owner")));
    QVERIFY(m_server.createAccount(kOther, kPassword, QStringLiteral("Other Owner")));
    m_perScan = m_server.createLicense(kOwner,
                                       {QStringLiteral("--product"), QStringLiteral("Label Recognizer"),
                                        QStringLiteral("--type"), QStringLiteral("per_scan"),
                                        QStringLiteral("--scan-quota"), QStringLiteral("100000")},
                                       &m_perScanId);
    m_perDevice = m_server.createLicense(kOwner,
                                         {QStringLiteral("--product"), QStringLiteral("Barcode Reader SDK"),
                                          QStringLiteral("--type"), QStringLiteral("per_device"),
                                          QStringLiteral("--devices"), QStringLiteral("5")},
                                         &m_perDeviceId);
    QVERIFY(!m_server
                 .createLicense(kOther,
                                {QStringLiteral("--product"), QStringLiteral("Label Recognizer"),
                                 QStringLiteral("--type"), QStringLiteral("per_scan"),
                                 QStringLiteral("--scan-quota"), QStringLiteral("10")},
                                &m_otherId)
                 .isEmpty());
    QVERIFY(!m_perScan.isEmpty());
    QVERIFY(!m_perDevice.isEmpty());
    m_bearer = signInBearer(m_network, m_server.baseUrl(), kOwner, kPassword);
    m_otherBearer = signInBearer(m_network, m_server.baseUrl(), kOther, kPassword);
    QVERIFY(!m_bearer.isEmpty());
    QVERIFY(!m_otherBearer.isEmpty());
}

UsageReport TestUsageRoutes::usage(const QString& licenseId, const QDate& from, const QDate& to,
                                   UsageGranularity granularity)
{
    const UsageQuery query {from, to, granularity};
    const HttpReply reply = send("GET",
                                 licensePath(licenseId, lp::api::kUsageSuffix) + QLatin1Char('?')
                                     + query.toQuery().toString(QUrl::FullyEncoded),
                                 m_bearer);
    FieldErrors errors;
    const auto report = reply.status == 200 ? UsageReport::fromJson(reply.json(), &errors) : std::nullopt;
    if (!report) {
        qWarning() << "no usage report:" << reply.status << reply.body.left(400);
        return {};
    }
    return *report;
}

QString TestUsageRoutes::registerDevice(const QString& code, const QByteArray& hardwareId)
{
    const QString hash = hashOf(hardwareId);
    const DeviceRegistration registration {code, hash, QStringLiteral("Android 14"), QStringLiteral("10.4.2"),
                                           QString::fromLatin1(hardwareId)};
    const HttpReply reply = postDevice(lp::api::kDeviceRegister, registration.toJson());
    if (reply.status != 201) {
        qWarning() << "registration failed:" << reply.status << reply.body;
    }
    return hash;
}

void TestUsageRoutes::usageEqualsTheRawHeartbeats()
{
    // Three devices report 60 heartbeats of random scans over the days of their lease (the last 9, today
    // included: older days are refused); some are sent twice.
    const QDate today = todayUtc();
    const QDate first = today.addDays(-8);
    const QStringList formats {QStringLiteral("QR_CODE"), QStringLiteral("CODE_128"),
                               QStringLiteral("EAN_13")};
    QList<QString> devices;
    for (int d = 0; d < 3; ++d) {
        devices.append(registerDevice(m_perScan, QByteArray("usage-sim-") + QByteArray::number(d)));
    }
    QMap<QPair<QDate, QString>, qint64> expected;
    QRandomGenerator random(4711);
    for (int i = 0; i < 60; ++i) {
        DeviceHeartbeat heartbeat;
        heartbeat.handshakeCode = m_perScan;
        heartbeat.deviceHash = devices.at(i % devices.size());
        heartbeat.heartbeatId = QStringLiteral("hb-routes-%1").arg(i, 4, 10, QLatin1Char('0'));
        for (int e = 0; e < 4; ++e) {
            const ScanUsage entry {first.addDays(random.bounded(9)), formats.at(random.bounded(3)),
                                   random.bounded(500)};
            heartbeat.usage.append(entry);
            expected[{entry.day, entry.format}] += entry.count;
        }
        const int times = i % 7 == 0 ? 2 : 1; // a replay after a lost answer
        for (int t = 0; t < times; ++t) {
            QCOMPARE(postDevice(lp::api::kDeviceHeartbeat, heartbeat.toJson()).status, 200);
        }
    }

    const UsageReport days = usage(m_perScanId, first, today, UsageGranularity::Day);
    QCOMPARE(days.items.size(), 9);
    qint64 expectedTotal = 0;
    QHash<QString, qint64> expectedPerFormat;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        expectedTotal += it.value();
        expectedPerFormat[it.key().second] += it.value();
    }
    for (const UsageBucket& bucket : days.items) {
        qint64 dayTotal = 0;
        for (const QString& format : formats) {
            QCOMPARE(bucket.byFormat.value(format), expected.value({bucket.start, format}));
            dayTotal += expected.value({bucket.start, format});
        }
        QCOMPARE(bucket.total, dayTotal);
    }
    QCOMPARE(days.total(), expectedTotal);
    // Most scanned first.
    QCOMPARE(days.formats.size(), 3);
    QVERIFY(days.totalOf(days.formats.at(0)) >= days.totalOf(days.formats.at(1)));
    QVERIFY(!days.deviceAllowance);

    // Weeks and months: each bucket is the sum of its days, and nothing is lost at the range's edges.
    for (const UsageGranularity granularity : {UsageGranularity::Week, UsageGranularity::Month}) {
        const UsageReport coarse = usage(m_perScanId, first, today, granularity);
        QVERIFY(!coarse.items.isEmpty());
        QCOMPARE(coarse.items.first().start, UsageQuery::bucketStart(first, granularity));
        QCOMPARE(coarse.total(), expectedTotal);
        for (const UsageBucket& bucket : coarse.items) {
            const QDate next = UsageQuery::nextBucket(bucket.start, granularity);
            qint64 sum = 0;
            for (const UsageBucket& day : days.items) {
                sum += day.start >= bucket.start && day.start < next ? day.total : 0;
            }
            QCOMPARE(bucket.total, sum);
        }
        for (const QString& format : formats) {
            QCOMPARE(coarse.totalOf(format), expectedPerFormat.value(format));
        }
    }
    // A range in the middle counts only its own days.
    const UsageReport middle
        = usage(m_perScanId, first.addDays(3), first.addDays(6), UsageGranularity::Month);
    qint64 middleTotal = 0;
    for (int d = 3; d < 7; ++d) {
        middleTotal += days.items.at(d).total;
    }
    QCOMPARE(middle.total(), middleTotal);
}

void TestUsageRoutes::heartbeatAnswerCarriesQuotaAndSettings()
{
    const QString hash = registerDevice(m_perScan, "quota-device");
    const auto quotaNow = [this] {
        const HttpReply reply = send("GET", licensePath(m_perScanId, lp::api::kQuotaSuffix), m_bearer);
        FieldErrors errors;
        return QuotaStatus::fromJson(reply.json(), &errors).value_or(QuotaStatus {});
    };
    const QuotaStatus before = quotaNow();
    QCOMPARE(before.quota, 100000);
    QVERIFY(before.periodStart <= QDateTime::currentDateTimeUtc());
    QVERIFY(before.periodEnd > QDateTime::currentDateTimeUtc());

    DeviceHeartbeat heartbeat;
    heartbeat.handshakeCode = m_perScan;
    heartbeat.deviceHash = hash;
    heartbeat.heartbeatId = QStringLiteral("hb-quota-0001");
    heartbeat.usage = {{todayUtc(), QStringLiteral("QR_CODE"), 1234}};
    HttpReply reply = postDevice(lp::api::kDeviceHeartbeat, heartbeat.toJson());
    QCOMPARE(reply.status, 200);
    FieldErrors errors;
    auto lease = DeviceLease::fromJson(reply.json(), &errors);
    QVERIFY(lease);
    QVERIFY(lease->quota);
    // The answer counts the scans it acknowledges.
    QCOMPARE(lease->quota->used, before.used + 1234);
    QCOMPARE(lease->quota->remaining, 100000 - lease->quota->used);
    QCOMPARE(lease->quota->quota, 100000);
    QCOMPARE(quotaNow().used, lease->quota->used);
    QCOMPARE(lease->scanSettings, ScanSettings::defaults());

    // Settings saved in the portal reach the device with its next heartbeat.
    ScanSettings settings;
    settings.formats = {QStringLiteral("QR_CODE"), QStringLiteral("CODE_128")};
    settings.regions = {ScanRegion {10, 25, 90, 75}};
    settings.minConfidence = 60;
    const HttpReply saved
        = send("PUT", licensePath(m_perScanId, lp::api::kScanSettingsSuffix), m_bearer, settings.toJson());
    QCOMPARE(saved.status, 200);
    const HttpReply read = send("GET", licensePath(m_perScanId, lp::api::kScanSettingsSuffix), m_bearer);
    QCOMPARE(ScanSettings::fromJson(read.json(), &errors), settings);
    reply
        = postDevice(lp::api::kDeviceHeartbeat,
                     {{QStringLiteral("handshake_code"), m_perScan}, {QStringLiteral("device_hash"), hash}});
    lease = DeviceLease::fromJson(reply.json(), &errors);
    QVERIFY(lease);
    QCOMPARE(lease->scanSettings, settings);

    // Per-device keys have no quota: none in the answer, and 404 from the quota route.
    const QString deviceHash = registerDevice(m_perDevice, "allowance-device");
    reply = postDevice(
        lp::api::kDeviceHeartbeat,
        {{QStringLiteral("handshake_code"), m_perDevice}, {QStringLiteral("device_hash"), deviceHash}});
    lease = DeviceLease::fromJson(reply.json(), &errors);
    QVERIFY(lease);
    QVERIFY(!lease->quota);
    const HttpReply noQuota = send("GET", licensePath(m_perDeviceId, lp::api::kQuotaSuffix), m_bearer);
    QCOMPARE(noQuota.status, 404);
    QVERIFY(noQuota.detail().contains(QLatin1String("per device")));
}

void TestUsageRoutes::settingsAreValidatedAndBadOnesChangeNothing_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown format") << QByteArray(
        R"({"formats":["QR_CODE","SMOKE_SIGNAL"],"regions":[{"left":0,"top":0,"right":100,"bottom":100}],"min_confidence":0})")
                                    << QStringLiteral("formats[1]");
    QTest::newRow("region outside the frame") << QByteArray(
        R"({"formats":["QR_CODE"],"regions":[{"left":0,"top":0,"right":120,"bottom":100}],"min_confidence":0})")
                                              << QStringLiteral("regions[0].right");
    QTest::newRow("confidence out of range") << QByteArray(
        R"({"formats":["QR_CODE"],"regions":[{"left":0,"top":0,"right":100,"bottom":100}],"min_confidence":250})")
                                             << QStringLiteral("min_confidence");
    QTest::newRow("no formats") << QByteArray(
        R"({"formats":[],"regions":[{"left":0,"top":0,"right":100,"bottom":100}],"min_confidence":0})")
                                << QStringLiteral("formats");
    QTest::newRow("not JSON") << QByteArray("{formats: QR_CODE") << QString();
}

void TestUsageRoutes::settingsAreValidatedAndBadOnesChangeNothing()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const QString path = licensePath(m_perDeviceId, lp::api::kScanSettingsSuffix);
    const QByteArray before = send("GET", path, m_bearer).body;
    const HttpReply reply = sendHttp(m_network, m_server.baseUrl(), "PUT", path, body, "application/json",
                                     {{"Authorization", m_bearer}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.header("Content-Type"), QByteArray(lp::api::kProblemContentType));
    if (!field.isEmpty()) {
        const QJsonArray errors = reply.json().value(QLatin1String("errors")).toArray();
        QVERIFY(!errors.isEmpty());
        QCOMPARE(errors.first().toObject().value(QLatin1String("field")).toString(), field);
    }
    QCOMPARE(send("GET", path, m_bearer).body, before);
}

void TestUsageRoutes::perDeviceUsageHasTheSeatCount()
{
    for (int i = 0; i < 2; ++i) {
        registerDevice(m_perDevice, QByteArray("seat-") + QByteArray::number(i));
    }
    const qint64 seats
        = m_server.sql(QStringLiteral("SELECT devices_in_use FROM licenses WHERE id = ?"), {m_perDeviceId})
              .toLongLong();
    QVERIFY(seats >= 2);
    const UsageReport report
        = usage(m_perDeviceId, todayUtc().addDays(-13), todayUtc(), UsageGranularity::Week);
    QCOMPARE(report.deviceAllowance, std::optional<qint64>(5));
    QVERIFY(!report.items.isEmpty());
    QCOMPARE(report.items.last().devicesInUse, std::optional<qint64>(seats));
    // Before any device registered, none held a seat.
    const UsageReport lastYear
        = usage(m_perDeviceId, todayUtc().addYears(-1), todayUtc().addYears(-1), UsageGranularity::Day);
    QCOMPARE(lastYear.items.first().devicesInUse, std::optional<qint64>(0));
}

void TestUsageRoutes::badQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("no range") << QString() << QStringLiteral("from");
    QTest::newRow("to before from") << QStringLiteral("from=2026-02-01&to=2026-01-01")
                                    << QStringLiteral("to");
    QTest::newRow("not a date") << QStringLiteral("from=2026-02-30&to=2026-03-01") << QStringLiteral("from");
    QTest::newRow("six years") << QStringLiteral("from=2020-01-01&to=2026-01-01") << QStringLiteral("to");
    QTest::newRow("hourly") << QStringLiteral("from=2026-01-01&to=2026-01-02&granularity=hour")
                            << QStringLiteral("granularity");
}

void TestUsageRoutes::badQueries()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    const HttpReply reply
        = send("GET", licensePath(m_perScanId, lp::api::kUsageSuffix) + QLatin1Char('?') + query, m_bearer);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json()
                 .value(QLatin1String("errors"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("field")),
             field);
}

void TestUsageRoutes::anotherAccountsLicenseIsNotFound()
{
    const QString range = QStringLiteral("?from=2026-01-01&to=2026-01-31");
    for (const char* suffix : {lp::api::kUsageSuffix, lp::api::kQuotaSuffix, lp::api::kScanSettingsSuffix}) {
        const QString tail
            = QLatin1String(suffix) == QLatin1String(lp::api::kUsageSuffix) ? range : QString();
        const HttpReply foreign = send("GET", licensePath(m_otherId, suffix) + tail, m_bearer);
        const HttpReply missing
            = send("GET", licensePath(QStringLiteral("lic_missing"), suffix) + tail, m_bearer);
        QCOMPARE(foreign.status, 404);
        QCOMPARE(foreign.json(), missing.json());
        QCOMPARE(send("GET", licensePath(m_otherId, suffix) + tail, m_otherBearer).status, 200);
        QCOMPARE(send("GET", licensePath(m_perScanId, suffix) + tail, QByteArray()).status, 401);
    }
    const HttpReply put = send("PUT", licensePath(m_otherId, lp::api::kScanSettingsSuffix), m_bearer,
                               ScanSettings::defaults().toJson());
    QCOMPARE(put.status, 404);
}

QTEST_GUILESS_MAIN(TestUsageRoutes)
#include "test_usageroutes.moc"
