#include "DeviceHeartbeat.h"
#include "DeviceLease.h"
#include "DeviceRegistration.h"

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
        QVERIFY(DeviceHeartbeat::fromJson(DeviceHeartbeat {QStringLiteral("c"), kHash}.toJson(), &errors));
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
};

QTEST_GUILESS_MAIN(TestDeviceMessages)
#include "test_devicemessages.moc"
