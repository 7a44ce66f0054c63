#include "LicenseList.h"
#include "WireTime.h"

#include <QJsonArray>
#include <QtTest>

using namespace lp::proto;

namespace {
License perDevice()
{
    License license;
    license.id = QStringLiteral("lic_ABCDEF");
    license.product = QStringLiteral("Barcode Reader SDK – Mobile");
    license.handshakeCode = QStringLiteral("100123456-000789");
    license.licenseKey = QStringLiteral("t0068MgAAAB2x9kQ");
    license.type = LicenseType::PerDevice;
    license.status = LicenseStatus::Active;
    license.termStart = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    license.termEnd = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    license.deviceAllowance = 25;
    license.devicesInUse = 23;
    license.deviceRefreshMonths = 12;
    license.nextDeviceRefresh = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    return license;
}

License perScan()
{
    License license = perDevice();
    license.id = QStringLiteral("lic_SCAN");
    license.type = LicenseType::PerScan;
    license.deviceAllowance.reset();
    license.devicesInUse.reset();
    license.deviceRefreshMonths.reset();
    license.nextDeviceRefresh.reset();
    license.scanQuota = 100000;
    license.scansUsed = 62400;
    license.quotaPeriod = QuotaPeriod::Monthly;
    return license;
}
} // namespace

class TestLicense : public QObject
{
    Q_OBJECT
private slots:
    void roundTrips_data()
    {
        QTest::addColumn<License>("license");
        QTest::newRow("per device") << perDevice();
        QTest::newRow("per scan") << perScan();
    }
    void roundTrips()
    {
        QFETCH(License, license);
        FieldErrors errors;
        const auto parsed = License::fromJson(license.toJson(), &errors);
        QVERIFY2(parsed.has_value(),
                 qPrintable(errors.value(0).field + QLatin1Char(' ') + errors.value(0).message));
        QCOMPARE(*parsed, license);
    }

    void usesTheWireNames()
    {
        const QJsonObject json = perDevice().toJson();
        for (const char* key :
             {"id", "product", "handshake_code", "license_key", "type", "status", "term_start", "term_end",
              "device_allowance", "devices_in_use", "scan_quota", "scans_used", "quota_period",
              "device_refresh_months", "next_device_refresh"}) {
            QVERIFY2(json.contains(QLatin1String(key)), key);
        }
        QCOMPARE(json.value("type").toString(), QStringLiteral("per_device"));
        QCOMPARE(json.value("term_end").toString(), QStringLiteral("2027-01-01T00:00:00Z"));
        QVERIFY(json.value("scan_quota").isNull());
        QCOMPARE(perScan().toJson().value("quota_period").toString(), QStringLiteral("monthly"));
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("unknown type") << "type" << QJsonValue("per_minute");
        QTest::newRow("unknown status") << "status" << QJsonValue("paused");
        QTest::newRow("numeric id") << "id" << QJsonValue(7);
        QTest::newRow("date only") << "term_end" << QJsonValue("2027-01-01");
        QTest::newRow("negative allowance") << "device_allowance" << QJsonValue(-1);
        QTest::newRow("string allowance") << "device_allowance" << QJsonValue("25");
        QTest::newRow("missing allowance") << "device_allowance" << QJsonValue(QJsonValue::Null);
        QTest::newRow("odd cadence") << "device_refresh_months" << QJsonValue(4);
        QTest::newRow("term reversed") << "term_end" << QJsonValue("2025-01-01T00:00:00Z");
    }
    void rejectsBadInput()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject json = perDevice().toJson();
        json.insert(field, value);
        FieldErrors errors;
        QVERIFY(!License::fromJson(json, &errors));
        QVERIFY(!errors.isEmpty());
        QCOMPARE(errors.first().field, field);
    }

    void perScanNeedsItsQuota()
    {
        QJsonObject json = perScan().toJson();
        json.remove(QStringLiteral("scan_quota"));
        FieldErrors errors;
        QVERIFY(!License::fromJson(json, &errors));
        QCOMPARE(errors.first().field, QStringLiteral("scan_quota"));
        json = perScan().toJson();
        json.insert(QStringLiteral("quota_period"), QStringLiteral("weekly"));
        errors.clear();
        QVERIFY(!License::fromJson(json, &errors));
        QCOMPARE(errors.first().field, QStringLiteral("quota_period"));
    }

    void listRoundTripsAndRejectsWhole()
    {
        LicenseList list;
        list.items = {perDevice(), perScan()};
        FieldErrors errors;
        const auto parsed = LicenseList::fromJson(list.toJson(), &errors);
        QVERIFY(parsed);
        QCOMPARE(parsed->items.size(), 2);
        QCOMPARE(parsed->items.at(1), perScan());

        QJsonObject broken = list.toJson();
        QJsonArray items = broken.value("items").toArray();
        items.append(QStringLiteral("not a license"));
        broken.insert(QStringLiteral("items"), items);
        QVERIFY(!LicenseList::fromJson(broken, &errors));
        QCOMPARE(errors.last().field, QStringLiteral("items[2]"));

        errors.clear();
        QVERIFY(!LicenseList::fromJson(QJsonObject {{"items", 3}}, &errors));
        QCOMPARE(errors.first().field, QStringLiteral("items"));
    }

    void masking()
    {
        const QString key = QStringLiteral("t0068MgAAAB2x9kQ7Yz");
        const QString masked = maskLicenseKey(key);
        QVERIFY(masked.startsWith(QStringLiteral("t006")));
        QVERIFY(masked.endsWith(QStringLiteral("7Yz")));
        QVERIFY(!masked.contains(QStringLiteral("MgAAAB2x9kQ")));
        QVERIFY(!maskLicenseKey(QStringLiteral("short")).contains(QStringLiteral("short")));
    }
};

QTEST_GUILESS_MAIN(TestLicense)
#include "test_license.moc"
