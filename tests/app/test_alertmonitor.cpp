// AlertMonitor with an injected clock, a temporary INI file for AppSettings and hand-made licenses:
// each threshold fires once (also across restarts), only the highest on a first crossing, re-arming
// by a new quota period, a renewal or fewer devices, disabled kinds, separate scopes, badges.
#include "AlertMonitor.h"
#include "AppSettings.h"
#include "Clock.h"
#include "LicenseModel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace lp;
using proto::License;

namespace {
const QDateTime kNow(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
const QString kScope = QStringLiteral("http://127.0.0.1:8080 demo@example.com");

// Monthly periods from the 1st (the server says which one is current); a year's term.
License perScan(qint64 used, const QDate& periodStart = QDate(2026, 3, 1))
{
    License license;
    license.id = QStringLiteral("lic_scan");
    license.product = QStringLiteral("Barcode Reader SDK \u2013 Server");
    license.handshakeCode = QStringLiteral("100001-200002");
    license.type = proto::LicenseType::PerScan;
    license.termStart = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    license.termEnd = license.termStart.addYears(1);
    license.scanQuota = 100000;
    license.scansUsed = used;
    license.quotaPeriod = proto::QuotaPeriod::Monthly;
    license.quotaPeriodStart = QDateTime(periodStart, QTime(0, 0), Qt::UTC);
    return license;
}

License perDevice(qint64 inUse, qint64 allowance = 100)
{
    License license;
    license.id = QStringLiteral("lic_device");
    license.product = QStringLiteral("Warehouse Scanner Fleet");
    license.handshakeCode = QStringLiteral("100003-200004");
    license.type = proto::LicenseType::PerDevice;
    license.termStart = kNow.addMonths(-2);
    license.termEnd = kNow.addYears(2);
    license.deviceAllowance = allowance;
    license.devicesInUse = inUse;
    license.deviceRefreshMonths = 12;
    return license;
}

License expiringIn(const QDateTime& termEnd)
{
    License license = perDevice(0);
    license.id = QStringLiteral("lic_expiry");
    license.termEnd = termEnd;
    return license;
}

struct Raised
{
    Alert::Kind kind;
    int threshold;
    bool operator==(const Raised& other) const { return kind == other.kind && threshold == other.threshold; }
};

// Found by QTest through argument-dependent lookup, for failure messages.
char* toString(const Raised& raised)
{
    return qstrdup(
        QByteArray(QByteArray::number(int(raised.kind)) + ':' + QByteArray::number(raised.threshold))
            .constData());
}

QList<Raised> raisedBy(QSignalSpy& spy)
{
    QList<Raised> raised;
    for (const QList<QVariant>& arguments : std::as_const(spy)) {
        const auto alert = arguments.at(0).value<Alert>();
        raised.append({alert.kind, alert.threshold});
    }
    spy.clear();
    return raised;
}
} // namespace

class TestAlertMonitor : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir.emplace();
        m_clock.set(kNow);
        m_settings.emplace(m_dir->filePath(QStringLiteral("settings.ini")));
        m_licenses = std::make_unique<LicenseModel>(&m_clock);
        m_monitor = makeMonitor();
        m_spy.emplace(m_monitor.get(), &AlertMonitor::alertRaised);
    }

    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void eachThresholdFiresOnce()
    {
        check({perScan(76000)});
        QCOMPARE(raisedBy(*m_spy), QList<Raised>({{Alert::Kind::Quota, 75}}));
        check({perScan(80000)});
        QVERIFY(raisedBy(*m_spy).isEmpty());
        check({perScan(91000)});
        QCOMPARE(raisedBy(*m_spy), QList<Raised>({{Alert::Kind::Quota, 90}}));
        check({perScan(96000)});
        QCOMPARE(raisedBy(*m_spy), QList<Raised>({{Alert::Kind::Quota, 95}}));
        check({perScan(100000)});
        const QList<QVariant> last = m_spy->last();
        QCOMPARE(raisedBy(*m_spy), QList<Raised>({{Alert::Kind::Quota, 100}}));
        const auto alert = last.at(0).value<Alert>();
        QCOMPARE(alert.licenseId, QStringLiteral("lic_scan"));
        QCOMPARE(alert.handshakeCode, QStringLiteral("100001-200002"));
        QCOMPARE(alert.severity, Alert::Severity::Critical);
        QCOMPARE(alert.title, QStringLiteral("Scan quota used up"));
        QVERIFY2(alert.message.contains(QLatin1String("100,000 of its 100,000 scans")),
                 qPrintable(alert.message));
        check({perScan(120000)});
        QVERIFY(raisedBy(*m_spy).isEmpty());

        // A restart: a new monitor on the same settings file remembers.
        m_monitor = makeMonitor();
        QSignalSpy again(m_monitor.get(), &AlertMonitor::alertRaised);
        m_monitor->check();
        QVERIFY(again.isEmpty());
    }

    void firstCrossingRaisesOnlyTheHighest()
    {
        License soon = expiringIn(kNow.addDays(10).addSecs(3600));
        check({perScan(96000), perDevice(91), soon});
        QCOMPARE(raisedBy(*m_spy),
                 QList<Raised>(
                     {{Alert::Kind::Quota, 95}, {Alert::Kind::Allowance, 90}, {Alert::Kind::Expiry, 14}}));
        check({perScan(100000), perDevice(91), soon});
        QCOMPARE(raisedBy(*m_spy), QList<Raised>({{Alert::Kind::Quota, 100}}));
    }

    void newQuotaPeriodRearms()
    {
        check({perScan(96000)});
        QCOMPARE(raisedBy(*m_spy), QList<Raised>({{Alert::Kind::Quota, 95}}));
        m_clock.set(QDateTime(QDate(2026, 3, 31), QTime(23, 59), Qt::UTC));
        check({perScan(99000)});
        QVERIFY(raisedBy(*m_spy).isEmpty());
        // April's period starts with the full quota; a monitor that never saw the low count re-arms too.
        m_clock.set(QDateTime(QDate(2026, 4, 20), QTime(9, 0), Qt::UTC));
        m_monitor = makeMonitor();
        m_spy.emplace(m_monitor.get(), &AlertMonitor::alertRaised);
        check({perScan(80000, QDate(2026, 4, 1))});
        QCOMPARE(raisedBy(*m_spy), QList<Raised>({{Alert::Kind::Quota, 75}}));
    }

    void renewalRearmsExpiry()
    {
        const QDateTime end = kNow.addDays(20);
        check({expiringIn(end)});
        const QList<QVariant> first = m_spy->first();
        QCOMPARE(raisedBy(*m_spy), QList<Raised>({{Alert::Kind::Expiry, 30}}));
        QCOMPARE(first.at(0).value<Alert>().title, QStringLiteral("License expires in 20 day(s)"));
        m_clock.advance(7 * 86400);
        check({expiringIn(end)});
        QCOMPARE(raisedBy(*m_spy), QList<Raised>({{Alert::Kind::Expiry, 14}}));
        check({expiringIn(end)});
        QVERIFY(raisedBy(*m_spy).isEmpty());

        // Renewed for a year: nothing is near, until the new end comes near.
        const QDateTime renewed = end.addYears(1);
        check({expiringIn(renewed)});
        QVERIFY(raisedBy(*m_spy).isEmpty());
        m_clock.set(renewed.addDays(-89));
        check({expiringIn(renewed)});
        QCOMPARE(raisedBy(*m_spy), QList<Raised>({{Alert::Kind::Expiry, 90}}));
        m_clock.set(renewed);
        License expired = expiringIn(renewed);
        expired.status = proto::LicenseStatus::Expired;
        check({expired});
        QCOMPARE(raisedBy(*m_spy), QList<Raised>({{Alert::Kind::Expiry, 0}}));
    }

    void fewerDevicesRearmAllowance()
    {
        check({perDevice(91)});
        QCOMPARE(raisedBy(*m_spy), QList<Raised>({{Alert::Kind::Allowance, 90}}));
        // 120 bought: 91 of 120 is 76%.
        check({perDevice(91, 120)});
        QVERIFY(raisedBy(*m_spy).isEmpty());
        check({perDevice(110, 120)});
        QCOMPARE(raisedBy(*m_spy), QList<Raised>({{Alert::Kind::Allowance, 90}}));
        check({perDevice(120, 120)});
        QCOMPARE(raisedBy(*m_spy), QList<Raised>({{Alert::Kind::Allowance, 100}}));
        check({perDevice(120, 120)});
        QVERIFY(raisedBy(*m_spy).isEmpty());
    }

    void disabledKindDoesNotFireButHasABadge()
    {
        m_settings->setAlertsEnabled(Alert::Kind::Quota, false);
        QVERIFY(!m_settings->alertsEnabled(Alert::Kind::Quota));
        QVERIFY(m_settings->alertsEnabled(Alert::Kind::Expiry));
        check({perScan(96000), perDevice(96)});
        QCOMPARE(raisedBy(*m_spy), QList<Raised>({{Alert::Kind::Allowance, 95}}));
        const auto badge = m_monitor->badgeFor(QStringLiteral("lic_scan"));
        QVERIFY(badge);
        QCOMPARE(badge->kind, Alert::Kind::Quota);
        QCOMPARE(badge->threshold, 95);

        // Turned on later: what was crossed meanwhile is not news, the next threshold is.
        m_settings->setAlertsEnabled(Alert::Kind::Quota, true);
        check({perScan(96000), perDevice(96)});
        QVERIFY(raisedBy(*m_spy).isEmpty());
        check({perScan(100000), perDevice(96)});
        QCOMPARE(raisedBy(*m_spy), QList<Raised>({{Alert::Kind::Quota, 100}}));
    }

    void scopesAreSeparate()
    {
        check({perScan(91000)});
        QCOMPARE(raisedBy(*m_spy), QList<Raised>({{Alert::Kind::Quota, 90}}));
        m_monitor->setScope(QStringLiteral("https://licenses.example.com/ demo@example.com"));
        m_monitor->check();
        QCOMPARE(raisedBy(*m_spy), QList<Raised>({{Alert::Kind::Quota, 90}}));
        m_monitor->setScope(kScope);
        m_monitor->check();
        QVERIFY(raisedBy(*m_spy).isEmpty());

        // Without a scope nothing is remembered, so nothing is raised; badges still are.
        m_monitor->setScope({});
        QSignalSpy badges(m_monitor.get(), &AlertMonitor::badgesChanged);
        m_monitor->check();
        QVERIFY(raisedBy(*m_spy).isEmpty());
        QCOMPARE(badges.count(), 1);
        QVERIFY(m_monitor->badgeFor(QStringLiteral("lic_scan")));
    }

    void aLicenseMissingFromTheListKeepsItsMemory()
    {
        check({perScan(91000)});
        QCOMPARE(raisedBy(*m_spy).size(), 1);
        check({});
        check({perScan(91000)});
        QVERIFY(raisedBy(*m_spy).isEmpty());
    }

    void badgeIsTheMostUrgent()
    {
        License scan = perScan(100000);
        scan.termEnd = kNow.addDays(50);
        check({scan, perDevice(10)});
        const auto badge = m_monitor->badgeFor(scan.id);
        QVERIFY(badge);
        QCOMPARE(badge->kind, Alert::Kind::Quota);
        QCOMPARE(badge->severity, Alert::Severity::Critical);
        const QList<Alert> crossed = m_monitor->crossedNow(scan);
        QCOMPARE(crossed.size(), 2);
        QCOMPARE(crossed.at(1).kind, Alert::Kind::Expiry);
        QCOMPARE(crossed.at(1).threshold, 60);
        QCOMPARE(crossed.at(1).severity, Alert::Severity::Notice);
        QVERIFY(!m_monitor->badgeFor(QStringLiteral("lic_device"))); // 10%
        QVERIFY(!m_monitor->badgeFor(QStringLiteral("lic_unknown")));
    }

    void anEndedLicenseOnlySaysSo()
    {
        License ended = perScan(99000);
        ended.termEnd = kNow.addDays(-40);
        ended.status = proto::LicenseStatus::Expired;
        check({ended});
        const QList<QVariant> arguments = m_spy->first();
        QCOMPARE(raisedBy(*m_spy), QList<Raised>({{Alert::Kind::Expiry, 0}}));
        const auto alert = arguments.at(0).value<Alert>();
        QCOMPARE(alert.title, QStringLiteral("License expired"));
        QCOMPARE(alert.severity, Alert::Severity::Critical);
    }

private:
    std::unique_ptr<AlertMonitor> makeMonitor()
    {
        auto monitor = std::make_unique<AlertMonitor>(m_licenses.get(), &m_clock, &*m_settings);
        monitor->setScope(kScope);
        return monitor;
    }

    void check(const QList<License>& licenses)
    {
        m_licenses->setLicenses(licenses);
        QSignalSpy badges(m_monitor.get(), &AlertMonitor::badgesChanged);
        m_monitor->check();
        QCOMPARE(badges.count(), 1);
    }

    std::optional<QTemporaryDir> m_dir;
    ManualClock m_clock {kNow};
    std::optional<AppSettings> m_settings;
    std::unique_ptr<LicenseModel> m_licenses;
    std::unique_ptr<AlertMonitor> m_monitor;
    std::optional<QSignalSpy> m_spy;
};

QTEST_GUILESS_MAIN(TestAlertMonitor)
#include "test_alertmonitor.moc"
