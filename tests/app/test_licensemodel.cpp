// LicenseModel under QAbstractItemModelTester, with a ManualClock for the status words.
#include "Clock.h"
#include "DisplayDate.h"
#include "LicenseModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace lp;
using proto::License;

namespace {
const QDateTime kNow(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

License perDevice(const QString& id, qint64 daysLeft,
                  proto::LicenseStatus status = proto::LicenseStatus::Active)
{
    License license;
    license.id = id;
    license.product = QStringLiteral("Barcode Reader SDK ") + id;
    license.handshakeCode = QStringLiteral("1001%1").arg(id);
    license.licenseKey = QStringLiteral("t0073\u2022\u2022\u2022\u2022X7Q2");
    license.type = proto::LicenseType::PerDevice;
    license.status = status;
    license.termStart = kNow.addDays(-300);
    license.termEnd = kNow.addDays(daysLeft);
    license.deviceAllowance = 25;
    license.devicesInUse = 23;
    license.deviceRefreshMonths = 12;
    license.nextDeviceRefresh = kNow.addDays(40);
    return license;
}

License perScan(const QString& id, qint64 daysLeft)
{
    License license = perDevice(id, daysLeft);
    license.type = proto::LicenseType::PerScan;
    license.deviceAllowance.reset();
    license.devicesInUse.reset();
    license.deviceRefreshMonths.reset();
    license.nextDeviceRefresh.reset();
    license.scanQuota = 100000;
    license.scansUsed = 62400;
    license.quotaPeriod = proto::QuotaPeriod::Monthly;
    return license;
}

QString display(const LicenseModel& model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}
} // namespace

class TestLicenseModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void testerAcceptsSetAndReset()
    {
        ManualClock clock(kNow);
        LicenseModel model(&clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(LicenseModel::ColumnCount));

        model.setLicenses({perDevice(QStringLiteral("a"), 200), perScan(QStringLiteral("b"), 5)});
        QCOMPARE(model.rowCount(), 2);

        // Same ids in the same order: rows stay, values change.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        License updated = perDevice(QStringLiteral("a"), 200);
        updated.devicesInUse = 24;
        model.setLicenses({updated, perScan(QStringLiteral("b"), 5)});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(display(model, 0, LicenseModel::Devices), QStringLiteral("24 / 25"));

        // Different rows: a reset.
        model.setLicenses({perScan(QStringLiteral("b"), 5), perDevice(QStringLiteral("c"), -3),
                           perDevice(QStringLiteral("a"), 200)});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        model.setLicenses({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.count(), 2);
    }

    void statusWords()
    {
        ManualClock clock(kNow);
        LicenseModel model(&clock);
        model.setLicenses({perDevice(QStringLiteral("active"), 200), perDevice(QStringLiteral("soon"), 5),
                           perDevice(QStringLiteral("gone"), -3, proto::LicenseStatus::Expired),
                           perDevice(QStringLiteral("held"), 200, proto::LicenseStatus::Suspended)});
        QCOMPARE(display(model, 0, LicenseModel::Status), QStringLiteral("Active"));
        QVERIFY(display(model, 1, LicenseModel::Status).startsWith(QLatin1String("Expires in 5 day")));
        QCOMPARE(display(model, 2, LicenseModel::Status), QStringLiteral("Expired"));
        QCOMPARE(display(model, 3, LicenseModel::Status), QStringLiteral("Suspended"));
        QCOMPARE(model.data(model.index(0, 0), LicenseModel::StatusKindRole).toInt(),
                 int(LicenseModel::StatusKind::Active));
        QCOMPARE(model.data(model.index(1, 0), LicenseModel::StatusKindRole).toInt(),
                 int(LicenseModel::StatusKind::Expiring));
        QCOMPARE(model.data(model.index(1, 0), LicenseModel::DaysLeftRole).toInt(), 5);
        QCOMPARE(model.data(model.index(2, 0), LicenseModel::DaysLeftRole).toInt(), -3);

        // Time passes: the active-but-ended license is shown as expired without a refresh.
        clock.advance(6 * 86400);
        QCOMPARE(display(model, 1, LicenseModel::Status), QStringLiteral("Expired"));
        clock.set(kNow.addDays(200 - 30));
        QCOMPARE(display(model, 0, LicenseModel::Status), QStringLiteral("Expires in 30 day(s)"));
    }

    void columns()
    {
        ManualClock clock(kNow);
        LicenseModel model(&clock);
        model.setLicenses({perDevice(QStringLiteral("d"), 200), perScan(QStringLiteral("s"), 200)});
        QCOMPARE(display(model, 0, LicenseModel::Type), QStringLiteral("Per device"));
        QCOMPARE(display(model, 1, LicenseModel::Type), QStringLiteral("Per scan"));
        QCOMPARE(display(model, 0, LicenseModel::Devices), QStringLiteral("23 / 25"));
        QCOMPARE(display(model, 1, LicenseModel::Devices), QStringLiteral("\u2014"));
        QCOMPARE(display(model, 1, LicenseModel::Scans), QStringLiteral("62,400 / 100,000"));
        QCOMPARE(display(model, 0, LicenseModel::Scans), QStringLiteral("\u2014"));
        QVERIFY(model.data(model.index(1, LicenseModel::Scans), Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("month")));
        QCOMPARE(display(model, 0, LicenseModel::NextRefresh), lp::displayDate(kNow.addDays(40)));
        QCOMPARE(display(model, 1, LicenseModel::NextRefresh), QStringLiteral("\u2014"));
        QCOMPARE(display(model, 0, LicenseModel::TermEnd), lp::displayDate(kNow.addDays(200)));
        QCOMPARE(model.headerData(LicenseModel::HandshakeCode, Qt::Horizontal).toString(),
                 QStringLiteral("Handshake code"));
        const QString search = model.data(model.index(1, 0), LicenseModel::SearchTextRole).toString();
        QVERIFY(search.contains(QLatin1String("1001s")));
        QVERIFY(search.contains(QLatin1String("Per scan")));
        QCOMPARE(model.data(model.index(1, 3), LicenseModel::LicenseRole).value<License>().id,
                 QStringLiteral("s"));
        QCOMPARE(model.data(model.index(1, 3), LicenseModel::IdRole).toString(), QStringLiteral("s"));
    }

    void sortRoleAndRowOf()
    {
        ManualClock clock(kNow);
        LicenseModel model(&clock);
        License small = perDevice(QStringLiteral("x"), 10);
        small.devicesInUse = 2;
        model.setLicenses({perDevice(QStringLiteral("y"), 100), small, perScan(QStringLiteral("z"), 50)});
        const auto sortValue = [&](int row, int column) {
            return model.data(model.index(row, column), LicenseModel::SortRole);
        };
        QVERIFY(sortValue(1, LicenseModel::TermEnd).toLongLong()
                < sortValue(2, LicenseModel::TermEnd).toLongLong());
        QVERIFY(sortValue(2, LicenseModel::TermEnd).toLongLong()
                < sortValue(0, LicenseModel::TermEnd).toLongLong());
        // Numbers sort as numbers: 2 < 23, whatever the text says.
        QVERIFY(sortValue(1, LicenseModel::Devices).toLongLong()
                < sortValue(0, LicenseModel::Devices).toLongLong());
        QVERIFY(sortValue(1, LicenseModel::Status).toLongLong()
                < sortValue(0, LicenseModel::Status).toLongLong());
        QCOMPARE(model.rowOf(QStringLiteral("z")), 2);
        QCOMPARE(model.rowOf(QStringLiteral("x")), 1);
        QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
    }
};

QTEST_GUILESS_MAIN(TestLicenseModel)
#include "test_licensemodel.moc"
