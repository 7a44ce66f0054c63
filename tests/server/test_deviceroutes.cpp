#include "TestHttp.h"
#include "TestServer.h"

#include <ApiPaths.h>
#include <DeviceHeartbeat.h>
#include <DeviceLease.h>
#include <DeviceRegistration.h>
#include <License.h>
#include <Problem.h>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QtTest>

namespace {
const QString kPassword = QStringLiteral("correct-horse-battery");
constexpr qint64 kWeek = 7 * 24 * 3600;

QString hashOf(const QByteArray& hardwareId)
{
    return QString::fromLatin1(QCryptographicHash::hash(hardwareId, QCryptographicHash::Sha256).toHex());
}
} // namespace

// The device side of the API against a real license-server: registration within, at and past the
// allowance, known devices again, heartbeats renewing the 7-day lease, and every refusal.
class TestDeviceRoutes : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void registrationWithinTheAllowanceGivesAWeekLease();
    void aKnownDeviceTakesNoSecondSeat();
    void pastTheAllowanceIsRefusedWithTheFigures();
    void heartbeatRenewsTheLease();
    void perScanLicensesHaveNoAllowance();
    void unknownExpiredAndSuspendedLicensesAreRefused();
    void badInputs_data();
    void badInputs();
    void seatsShowInThePortal();
    void usageIsAggregatedAndCountedOnce();

private:
    HttpReply post(const char* path, const QJsonObject& body)
    {
        return sendHttp(m_network, m_server.baseUrl(), "POST", QLatin1String(path),
                        QJsonDocument(body).toJson());
    }
    HttpReply registerDevice(const QString& code, const QString& hash,
                             const QString& name = QStringLiteral("Picker-01"))
    {
        const lp::proto::DeviceRegistration registration {code, hash, QStringLiteral("Android 14"),
                                                          QStringLiteral("10.4.2"), name};
        return post(lp::api::kDeviceRegister, registration.toJson());
    }
    HttpReply heartbeat(const QString& code, const QString& hash)
    {
        return post(lp::api::kDeviceHeartbeat,
                    {{QStringLiteral("handshake_code"), code}, {QStringLiteral("device_hash"), hash}});
    }
    QString createLicense(const QStringList& options, QString* id = nullptr)
    {
        return m_server.createLicense(QStringLiteral("fleet@f.example"), options, id);
    }
    static lp::proto::DeviceLease leaseOf(const HttpReply& reply);

    QNetworkAccessManager m_network;
    TestServer m_server;
    QString m_perDevice; // allowance 2
    QString m_perDeviceId;
    QString m_perScan;
};

lp::proto::DeviceLease TestDeviceRoutes::leaseOf(const HttpReply& reply)
{
    lp::proto::FieldErrors errors;
    const auto lease = lp::proto::DeviceLease::fromJson(reply.json(), &errors);
    if (!lease) {
        qWarning() << "not a lease:" << reply.status << reply.body;
        return {};
    }
    return *lease;
}

void TestDeviceRoutes::initTestCase()
{
    QVERIFY(m_server.start());
    QVERIFY(
        m_server.createAccount(QStringLiteral("fleet@f.example"), kPassword, QStringLiteral("Fleet Owner")));
    m_perDevice = createLicense({QStringLiteral("--product"), QStringLiteral("Barcode Reader SDK"),
                                 QStringLiteral("--type"), QStringLiteral("per_device"),
                                 QStringLiteral("--devices"), QStringLiteral("2")},
                                &m_perDeviceId);
    m_perScan = createLicense({QStringLiteral("--product"), QStringLiteral("Label Recognizer"),
                               QStringLiteral("--type"), QStringLiteral("per_scan"),
                               QStringLiteral("--scan-quota"), QStringLiteral("1000")});
    QVERIFY(!m_perDevice.isEmpty());
    QVERIFY(!m_perScan.isEmpty());
}

void TestDeviceRoutes::registrationWithinTheAllowanceGivesAWeekLease()
{
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const HttpReply reply = registerDevice(m_perDevice, hashOf("device-1"));
    QCOMPARE(reply.status, 201);
    const auto lease = leaseOf(reply);
    QCOMPARE(lease.deviceHash, hashOf("device-1"));
    QCOMPARE(lease.deviceAllowance, std::optional<qint64>(2));
    QCOMPARE(lease.devicesInUse, 1);
    // Seven days after this check-in, give or take the time the request took.
    QVERIFY(lease.leaseExpiresAt.toSecsSinceEpoch() >= before + kWeek);
    QVERIFY(lease.leaseExpiresAt.toSecsSinceEpoch() <= QDateTime::currentSecsSinceEpoch() + kWeek);
}

void TestDeviceRoutes::aKnownDeviceTakesNoSecondSeat()
{
    // Upper-case hex is the same device.
    const HttpReply again
        = registerDevice(m_perDevice, hashOf("device-1").toUpper(), QStringLiteral("Renamed"));
    QCOMPARE(again.status, 200);
    QCOMPARE(leaseOf(again).devicesInUse, 1);
    QCOMPARE(
        m_server.sql(QStringLiteral("SELECT name FROM devices WHERE device_hash = ?"), {hashOf("device-1")})
            .toString(),
        QStringLiteral("Renamed"));
}

void TestDeviceRoutes::pastTheAllowanceIsRefusedWithTheFigures()
{
    QCOMPARE(registerDevice(m_perDevice, hashOf("device-2")).status, 201); // at the allowance: 2 of 2
    const HttpReply refused = registerDevice(m_perDevice, hashOf("device-3"));
    QCOMPARE(refused.status, 409);
    QVERIFY(refused.header("Content-Type").startsWith(lp::api::kProblemContentType));
    QCOMPARE(refused.problemType(),
             lp::proto::problem::typeUri(lp::proto::problem::kDeviceAllowanceExceeded));
    QVERIFY2(refused.detail().contains(QLatin1String("allows 2 devices and 2 are registered")),
             qPrintable(refused.detail()));
    // Refused means not stored, and the devices already there keep working.
    QCOMPARE(
        m_server
            .sql(QStringLiteral("SELECT COUNT(*) FROM devices WHERE device_hash = ?"), {hashOf("device-3")})
            .toInt(),
        0);
    QCOMPARE(registerDevice(m_perDevice, hashOf("device-2")).status, 200);
    // The yearly device refresh releases device-2, silent since before the term started 400 days ago
    // (the refresh due 35 days ago has not run yet); `admin refresh-devices` runs it, once.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    m_server.sql(QStringLiteral("UPDATE licenses SET term_start = ? WHERE id = ?"),
                 {now - 400 * 86400, m_perDeviceId});
    m_server.sql(QStringLiteral("UPDATE devices SET last_seen = ?, first_seen = ? WHERE device_hash = ?"),
                 {now - 401 * 86400, now - 402 * 86400, hashOf("device-2")});
    QString output;
    QCOMPARE(m_server.admin({QStringLiteral("refresh-devices")}, &output), 0);
    QVERIFY2(output.contains(QLatin1String("1 device(s) released")), qPrintable(output));
    QCOMPARE(m_server.admin({QStringLiteral("refresh-devices")}, &output), 0);
    QVERIFY2(output.contains(QLatin1String("No device refresh was due")), qPrintable(output));
    QVERIFY(!m_server
                 .sql(QStringLiteral("SELECT released_at FROM devices WHERE device_hash = ?"),
                      {hashOf("device-2")})
                 .isNull());
    // A released device needs a free seat again like a new one.
    QCOMPARE(registerDevice(m_perDevice, hashOf("device-3")).status, 201);
    QCOMPARE(registerDevice(m_perDevice, hashOf("device-2")).status, 409);
}

void TestDeviceRoutes::heartbeatRenewsTheLease()
{
    // Pretend the device last checked in five days ago: its lease had two days left.
    m_server.sql(QStringLiteral("UPDATE devices SET last_seen = last_seen - 432000 WHERE device_hash = ?"),
                 {hashOf("device-1")});
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const HttpReply reply = heartbeat(m_perDevice, hashOf("device-1"));
    QCOMPARE(reply.status, 200);
    QVERIFY(leaseOf(reply).leaseExpiresAt.toSecsSinceEpoch() >= before + kWeek);
    QVERIFY(
        m_server
            .sql(QStringLiteral("SELECT last_seen FROM devices WHERE device_hash = ?"), {hashOf("device-1")})
            .toLongLong()
        >= before);

    const HttpReply unknown = heartbeat(m_perDevice, hashOf("never-registered"));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.problemType(), lp::proto::problem::typeUri(lp::proto::problem::kUnknownDevice));
    const HttpReply released = heartbeat(m_perDevice, hashOf("device-2")); // released above
    QCOMPARE(released.status, 404);
    QVERIFY(released.detail().contains(QLatin1String("register it again")));
}

void TestDeviceRoutes::perScanLicensesHaveNoAllowance()
{
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(registerDevice(m_perScan, hashOf("scanner-" + QByteArray::number(i))).status, 201);
    }
    // The same hardware under another license is another seat, counted there only.
    const HttpReply shared = registerDevice(m_perScan, hashOf("device-1"));
    QCOMPARE(shared.status, 201);
    const auto lease = leaseOf(shared);
    QVERIFY(!lease.deviceAllowance);
    QCOMPARE(lease.devicesInUse, 5);
}

void TestDeviceRoutes::unknownExpiredAndSuspendedLicensesAreRefused()
{
    const HttpReply unknown = registerDevice(QStringLiteral("100000000-000000"), hashOf("x"));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.problemType(), lp::proto::problem::typeUri(lp::proto::problem::kUnknownHandshakeCode));

    QString id;
    const QString code
        = createLicense({QStringLiteral("--product"), QStringLiteral("Old SDK"), QStringLiteral("--type"),
                         QStringLiteral("per_device"), QStringLiteral("--devices"), QStringLiteral("5")},
                        &id);
    QCOMPARE(registerDevice(code, hashOf("old-1")).status, 201);
    m_server.sql(QStringLiteral("UPDATE licenses SET term_start = 1, term_end = 2 WHERE id = ?"), {id});
    const HttpReply expired = registerDevice(code, hashOf("old-2"));
    QCOMPARE(expired.status, 403);
    QCOMPARE(expired.problemType(), lp::proto::problem::typeUri(lp::proto::problem::kLicenseInactive));
    QVERIFY(expired.detail().contains(QLatin1String("expired on 1970-01-01")));
    QCOMPARE(heartbeat(code, hashOf("old-1")).status, 403);

    m_server.sql(QStringLiteral("UPDATE licenses SET term_end = 4102444800, suspended = 1 WHERE id = ?"),
                 {id});
    const HttpReply suspended = heartbeat(code, hashOf("old-1"));
    QCOMPARE(suspended.status, 403);
    QVERIFY(suspended.detail().contains(QLatin1String("suspended")));
}

void TestDeviceRoutes::badInputs_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    const QByteArray hash = hashOf("bad").toLatin1();
    const QByteArray code = "100000000-000000";
    QTest::newRow("short hash") << QByteArray(R"({"handshake_code":")" + code + R"(","device_hash":")"
                                              + hash.left(63)
                                              + R"(","platform":"p","sdk_version":"1","name":"n"})")
                                << 400 << "device_hash";
    QTest::newRow("not hex") << QByteArray(R"({"handshake_code":")" + code + R"(","device_hash":")"
                                           + QByteArray(64, 'z')
                                           + R"(","platform":"p","sdk_version":"1","name":"n"})")
                             << 400 << "device_hash";
    QTest::newRow("numeric code") << QByteArray(R"({"handshake_code":5,"device_hash":")" + hash
                                                + R"(","platform":"p","sdk_version":"1","name":"n"})")
                                  << 400 << "handshake_code";
    QTest::newRow("missing name") << QByteArray(R"({"handshake_code":")" + code + R"(","device_hash":")"
                                                + hash + R"(","platform":"p","sdk_version":"1"})")
                                  << 400 << "name";
    QTest::newRow("malformed") << QByteArray(R"({"handshake_code":)") << 400 << "";
    QTest::newRow("oversized") << QByteArray(R"({"name":")" + QByteArray(70000, 'a') + R"("})") << 413 << "";
}

void TestDeviceRoutes::badInputs()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    const HttpReply reply
        = sendHttp(m_network, m_server.baseUrl(), "POST", QLatin1String(lp::api::kDeviceRegister), body);
    QCOMPARE(reply.status, status);
    QVERIFY(reply.header("Content-Type").startsWith(lp::api::kProblemContentType));
    if (!field.isEmpty()) {
        const auto errors = reply.json().value(QLatin1String("errors")).toArray();
        QVERIFY(!errors.isEmpty());
        QCOMPARE(errors.first().toObject().value(QLatin1String("field")).toString(), field);
    }
}

void TestDeviceRoutes::seatsShowInThePortal()
{
    const HttpReply login
        = sendHttp(m_network, m_server.baseUrl(), "POST", QLatin1String(lp::api::kLogin),
                   QJsonDocument(QJsonObject {{QStringLiteral("email"), QStringLiteral("fleet@f.example")},
                                              {QStringLiteral("password"), kPassword}})
                       .toJson());
    QCOMPARE(login.status, 200);
    const QByteArray bearer
        = "Bearer " + login.json().value(QLatin1String("access_token")).toString().toLatin1();
    const HttpReply license = sendHttp(m_network, m_server.baseUrl(), "GET",
                                       QLatin1String(lp::api::kLicenses) + QLatin1Char('/') + m_perDeviceId,
                                       {}, {}, {{"Authorization", bearer}});
    QCOMPARE(license.status, 200);
    lp::proto::FieldErrors errors;
    const auto parsed = lp::proto::License::fromJson(license.json(), &errors);
    QVERIFY(parsed);
    QCOMPARE(parsed->devicesInUse, std::optional<qint64>(2)); // device-1 and device-3; device-2 was released
}

void TestDeviceRoutes::usageIsAggregatedAndCountedOnce()
{
    const QString hash = hashOf("usage-device");
    QCOMPARE(registerDevice(m_perScan, hash, QStringLiteral("Counter-01")).status, 201);
    lp::proto::DeviceHeartbeat heartbeat;
    heartbeat.handshakeCode = m_perScan;
    heartbeat.deviceHash = hash;
    heartbeat.heartbeatId = QStringLiteral("hb-usage-0001");
    // Yesterday and today (UTC), as a device reports the days since its last heartbeat.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate yesterday = today.addDays(-1);
    const QString yesterdaySeconds
        = QString::number(QDateTime(yesterday, QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
    const QString todaySeconds = QString::number(QDateTime(today, QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
    heartbeat.usage = {{yesterday, QStringLiteral("QR_CODE"), 120},
                       {yesterday, QStringLiteral("CODE_128"), 30},
                       {today, QStringLiteral("QR_CODE"), 7}};
    const QByteArray body = QJsonDocument(heartbeat.toJson()).toJson();
    const auto send = [&] {
        return sendHttp(m_network, m_server.baseUrl(), "POST", QLatin1String(lp::api::kDeviceHeartbeat),
                        body);
    };
    QCOMPARE(send().status, 200);
    // The device did not get the answer and sends the same heartbeat again: renewed, not counted twice.
    QCOMPARE(send().status, 200);
    const auto sum = [this](const QString& sql) { return m_server.sql(sql).toLongLong(); };
    QCOMPARE(sum(QStringLiteral("SELECT SUM(count) FROM scan_usage_daily")), 157);
    QCOMPARE(sum(QStringLiteral("SELECT count FROM scan_usage_daily WHERE format = 'QR_CODE' AND day = ")
                 + yesterdaySeconds),
             120);
    QCOMPARE(sum(QStringLiteral("SELECT COUNT(*) FROM scan_usage_daily")), 3);
    // Per device and day, the same scans: the two aggregates agree.
    QCOMPARE(sum(QStringLiteral("SELECT SUM(count) FROM device_usage_daily")), 157);
    QCOMPARE(sum(QStringLiteral("SELECT count FROM device_usage_daily WHERE day = ") + yesterdaySeconds),
             150);

    // A new heartbeat adds to the same days.
    heartbeat.heartbeatId = QStringLiteral("hb-usage-0002");
    heartbeat.usage = {{today, QStringLiteral("QR_CODE"), 3}};
    QCOMPARE(sendHttp(m_network, m_server.baseUrl(), "POST", QLatin1String(lp::api::kDeviceHeartbeat),
                      QJsonDocument(heartbeat.toJson()).toJson())
                 .status,
             200);
    QCOMPARE(sum(QStringLiteral("SELECT count FROM scan_usage_daily WHERE format = 'QR_CODE' AND day = ")
                 + todaySeconds),
             10);
    QCOMPARE(sum(QStringLiteral("SELECT SUM(count) FROM device_usage_daily")), 160);

    // Usage without an id is refused, and nothing is counted.
    QJsonObject noId = heartbeat.toJson();
    noId.remove(QStringLiteral("heartbeat_id"));
    const HttpReply refused = post(lp::api::kDeviceHeartbeat, noId);
    QCOMPARE(refused.status, 400);
    QCOMPARE(sum(QStringLiteral("SELECT SUM(count) FROM scan_usage_daily")), 160);

    // Days outside the lease (a clock in the future, or scans from long ago) are refused, nothing counted.
    for (const QDate& day : {today.addDays(2), today.addDays(-9), QDate(2020, 1, 1)}) {
        heartbeat.heartbeatId = QStringLiteral("hb-usage-day-") + day.toString(Qt::ISODate);
        heartbeat.usage = {{today, QStringLiteral("QR_CODE"), 5}, {day, QStringLiteral("QR_CODE"), 5}};
        const HttpReply wrongDay = post(lp::api::kDeviceHeartbeat, heartbeat.toJson());
        QCOMPARE(wrongDay.status, 400);
        QVERIFY2(wrongDay.body.contains("usage[1].day"), wrongDay.body.constData());
    }
    // The days of a 7-day lease, and tomorrow (a device just past midnight in UTC), are taken.
    heartbeat.heartbeatId = QStringLiteral("hb-usage-lease-days");
    heartbeat.usage = {{today.addDays(-8), QStringLiteral("QR_CODE"), 1},
                       {today.addDays(1), QStringLiteral("QR_CODE"), 1}};
    QCOMPARE(post(lp::api::kDeviceHeartbeat, heartbeat.toJson()).status, 200);
    QCOMPARE(sum(QStringLiteral("SELECT SUM(count) FROM scan_usage_daily")), 162);
}

QTEST_GUILESS_MAIN(TestDeviceRoutes)
#include "test_deviceroutes.moc"
