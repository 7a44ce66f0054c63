#include "DeviceHeartbeat.h"
#include "DeviceLease.h"
#include "DeviceRegistration.h"

#include <QJsonArray>
#include <QtTest>

using namespace lp::proto;

namespace {
const QString kHash = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
}

class TestDeviceMessages : public QObject
{
    Q_OBJECT
private slots:
    void registrationRoundTripsAndLowercasesTheHash()
    {
        const DeviceRegistration registration {QStringLiteral("100123456-000789"), kHash.toUpper(),
                                               QStringLiteral("iOS 17"), QStringLiteral("10.4.2"),
                                               QStringLiteral("Picker-014")};
        FieldErrors errors;
        const auto parsed = DeviceRegistration::fromJson(registration.toJson(), &errors);
        QVERIFY(parsed);
        QCOMPARE(parsed->deviceHash, kHash);
        QCOMPARE(parsed->name, registration.name);
        QVERIFY(registration.toJson().contains(QLatin1String("sdk_version")));
    }

    void registrationRejects_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("short hash") << "device_hash" << QJsonValue(kHash.left(63));
        QTest::newRow("non-hex hash") << "device_hash" << QJsonValue(QString(64, QLatin1Char('z')));
        QTest::newRow("numeric hash") << "device_hash" << QJsonValue(7);
        QTest::newRow("empty code") << "handshake_code" << QJsonValue(QString());
        QTest::newRow("long name") << "name" << QJsonValue(QString(101, QLatin1Char('n')));
        QTest::newRow("missing platform") << "platform" << QJsonValue(QJsonValue::Null);
    }
    void registrationRejects()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject json = DeviceRegistration {QStringLiteral("100123456-000789"), kHash, QStringLiteral("p"),
                                               QStringLiteral("1"), QStringLiteral("n")}
                               .toJson();
        json.insert(field, value);
        FieldErrors errors;
        QVERIFY(!DeviceRegistration::fromJson(json, &errors));
        QCOMPARE(errors.first().field, field);
    }

    void heartbeatAndLease()
    {
        FieldErrors errors;
        DeviceHeartbeat plain;
        plain.handshakeCode = QStringLiteral("c");
        plain.deviceHash = kHash;
        QVERIFY(DeviceHeartbeat::fromJson(plain.toJson(), &errors));
        QVERIFY(!plain.toJson().contains(QLatin1String("usage")));
        QVERIFY(!DeviceHeartbeat::fromJson(QJsonObject {{"handshake_code", "c"}, {"device_hash", "abc"}},
                                           &errors));

        DeviceLease lease;
        lease.deviceHash = kHash;
        lease.leaseExpiresAt = QDateTime(QDate(2026, 12, 4), QTime(21, 0), Qt::UTC);
        lease.devicesInUse = 24;
        QVERIFY(lease.toJson().value(QLatin1String("device_allowance")).isNull());
        lease.deviceAllowance = 25;
        const auto parsed = DeviceLease::fromJson(lease.toJson(), &errors);
        QVERIFY(parsed);
        QCOMPARE(parsed->leaseExpiresAt, lease.leaseExpiresAt);
        QCOMPARE(parsed->deviceAllowance, std::optional<qint64>(25));
        QCOMPARE(parsed->devicesInUse, 24);
        QCOMPARE(lease.toJson().value(QLatin1String("lease_expires_at")).toString(),
                 QStringLiteral("2026-12-04T21:00:00Z"));
    }

    void heartbeatUsageRoundTrips()
    {
        DeviceHeartbeat heartbeat;
        heartbeat.handshakeCode = QStringLiteral("100123456-000789");
        heartbeat.deviceHash = kHash;
        heartbeat.heartbeatId = QStringLiteral("hb-0001-abcd");
        heartbeat.usage = {{QDate(2026, 11, 26), QStringLiteral("QR_CODE"), 120},
                           {QDate(2026, 11, 27), QStringLiteral("CODE_128"), 0}};
        const QJsonObject json = heartbeat.toJson();
        QCOMPARE(json.value(QLatin1String("usage")).toArray().first().toObject().value(QLatin1String("day")),
                 QJsonValue(QStringLiteral("2026-11-26")));
        FieldErrors errors;
        const auto parsed = DeviceHeartbeat::fromJson(json, &errors);
        QVERIFY(parsed);
        QCOMPARE(parsed->heartbeatId, heartbeat.heartbeatId);
        QCOMPARE(parsed->usage, heartbeat.usage);
    }

    void heartbeatUsageRejects_data()
    {
        QTest::addColumn<QJsonObject>("change");
        QTest::addColumn<QString>("field");
        const auto entry = [](const char* day, const char* format, QJsonValue count) {
            return QJsonObject {{QStringLiteral("usage"),
                                 QJsonArray {QJsonObject {{QStringLiteral("day"), QLatin1String(day)},
                                                          {QStringLiteral("format"), QLatin1String(format)},
                                                          {QStringLiteral("count"), count}}}}};
        };
        QTest::newRow("negative count") << entry("2026-11-26", "QR_CODE", -1) << "usage[0].count";
        QTest::newRow("fractional count") << entry("2026-11-26", "QR_CODE", 1.5) << "usage[0].count";
        QTest::newRow("count as text")
            << entry("2026-11-26", "QR_CODE", QStringLiteral("7")) << "usage[0].count";
        QTest::newRow("no such day") << entry("2026-02-30", "QR_CODE", 1) << "usage[0].day";
        QTest::newRow("a time, not a day") << entry("2026-11-26T10:00:00Z", "QR_CODE", 1) << "usage[0].day";
        QTest::newRow("lower-case format") << entry("2026-11-26", "qr code", 1) << "usage[0].format";
        QTest::newRow("short id") << QJsonObject {{QStringLiteral("heartbeat_id"), QStringLiteral("x")}}
                                  << "heartbeat_id";
    }

    void heartbeatUsageRejects()
    {
        QFETCH(QJsonObject, change);
        QFETCH(QString, field);
        QJsonObject json {{QStringLiteral("handshake_code"), QStringLiteral("c")},
                          {QStringLiteral("device_hash"), kHash},
                          {QStringLiteral("heartbeat_id"), QStringLiteral("hb-0001-abcd")}};
        for (auto it = change.constBegin(); it != change.constEnd(); ++it) {
            json.insert(it.key(), it.value());
        }
        FieldErrors errors;
        QVERIFY(!DeviceHeartbeat::fromJson(json, &errors));
        QCOMPARE(errors.first().field, field);

        // Usage without an id could be counted twice on a replay: refused.
        QJsonObject withoutId = json;
        withoutId.remove(QLatin1String("heartbeat_id"));
        withoutId.insert(QStringLiteral("usage"),
                         QJsonArray {QJsonObject {{QStringLiteral("day"), QStringLiteral("2026-11-26")},
                                                  {QStringLiteral("format"), QStringLiteral("QR_CODE")},
                                                  {QStringLiteral("count"), 3}}});
        errors.clear();
        QVERIFY(!DeviceHeartbeat::fromJson(withoutId, &errors));
        QCOMPARE(errors.first().field, QStringLiteral("heartbeat_id"));
    }
};

QTEST_GUILESS_MAIN(TestDeviceMessages)
#include "test_devicemessages.moc"
