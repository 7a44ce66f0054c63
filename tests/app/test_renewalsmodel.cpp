// RenewalsModel under QAbstractItemModelTester with a ManualClock: the 90-day window on both sides of
// today, its edges to the second, the words for the days, and following the license model. Without the
// ui's plural translations the words read "day(s)".
#include "Clock.h"
#include "LicenseModel.h"
#include "RenewalsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace lp;
using proto::License;

namespace {
const QDateTime kNow(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
constexpr qint64 kDay = 86400;

License key(const QString& id, qint64 secondsLeft, proto::LicenseStatus status = proto::LicenseStatus::Active)
{
    License license;
    license.id = id;
    license.product = QStringLiteral("Product ") + id;
    license.handshakeCode = QStringLiteral("100000-1000%1").arg(id);
    license.type = proto::LicenseType::PerDevice;
    license.status = status;
    license.termStart = kNow.addDays(-400);
    license.termEnd = kNow.addSecs(secondsLeft);
    return license;
}

QStringList ids(const RenewalsModel& model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row) {
        result << model.index(row, 0).data(RenewalsModel::IdRole).toString();
    }
    return result;
}

QString expiry(const RenewalsModel& model, const QString& id)
{
    return model.index(model.rowOf(id), RenewalsModel::Expiry).data().toString();
}
} // namespace

class TestRenewalsModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void windowEdgesToTheSecond()
    {
        ManualClock clock(kNow);
        LicenseModel licenses(&clock);
        RenewalsModel model(&licenses, &clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        licenses.setLicenses({
            key(QStringLiteral("a"), 90 * kDay), // the last second of the window ahead
            key(QStringLiteral("b"), 90 * kDay + 1), // one second too far
            key(QStringLiteral("c"), -90 * kDay), // ended exactly 90 days ago
            key(QStringLiteral("d"), -90 * kDay - 1), // a second longer ago
            key(QStringLiteral("e"), 18 * kDay),
            key(QStringLiteral("f"), 400 * kDay),
        });
        // Sorted by term end: the expired first, then the soonest.
        QCOMPARE(ids(model), (QStringList {QStringLiteral("c"), QStringLiteral("e"), QStringLiteral("a")}));
        QCOMPARE(model.columnCount(), int(RenewalsModel::ColumnCount));
        QCOMPARE(expiry(model, QStringLiteral("a")), QStringLiteral("in 90 day(s)"));
        QCOMPARE(expiry(model, QStringLiteral("c")), QStringLiteral("expired 90 day(s) ago"));
        QCOMPARE(expiry(model, QStringLiteral("e")), QStringLiteral("in 18 day(s)"));
        QCOMPARE(model.index(model.rowOf(QStringLiteral("e")), RenewalsModel::Product).data().toString(),
                 QStringLiteral("Product e"));
        QCOMPARE(
            model.index(model.rowOf(QStringLiteral("e")), RenewalsModel::HandshakeCode).data().toString(),
            QStringLiteral("100000-1000e"));
        QVERIFY(!model.index(model.rowOf(QStringLiteral("e")), 0).data(RenewalsModel::ExpiredRole).toBool());
        QVERIFY(model.index(model.rowOf(QStringLiteral("c")), 0).data(RenewalsModel::ExpiredRole).toBool());
        QCOMPARE(model.index(model.rowOf(QStringLiteral("c")), 0).data(RenewalsModel::DaysRole).toInt(), -90);
        QCOMPARE(model.index(model.rowOf(QStringLiteral("e")), 0)
                     .data(RenewalsModel::LicenseRole)
                     .value<License>()
                     .product,
                 QStringLiteral("Product e"));
        QVERIFY(!model.headerData(RenewalsModel::Expiry, Qt::Horizontal).toString().isEmpty());
    }

    void daysInWords()
    {
        // Ahead: rounded up, a few hours left is a day. Behind: whole days passed, today until one has.
        ManualClock clock(kNow);
        LicenseModel licenses(&clock);
        RenewalsModel model(&licenses, &clock);
        licenses.setLicenses({
            key(QStringLiteral("soon"), 3 * 3600),
            key(QStringLiteral("justEnded"), -3 * 3600),
            key(QStringLiteral("yesterday"), -kDay - 60),
            key(QStringLiteral("forty"), -40 * kDay),
            key(QStringLiteral("now"), 0),
        });
        QCOMPARE(expiry(model, QStringLiteral("soon")), QStringLiteral("in 1 day(s)"));
        QCOMPARE(expiry(model, QStringLiteral("justEnded")), QStringLiteral("expired today"));
        QCOMPARE(expiry(model, QStringLiteral("now")), QStringLiteral("expired today"));
        QCOMPARE(expiry(model, QStringLiteral("yesterday")), QStringLiteral("expired 1 day(s) ago"));
        QCOMPARE(expiry(model, QStringLiteral("forty")), QStringLiteral("expired 40 day(s) ago"));
        // An expired status from the server counts although the clock says the term is still running.
        licenses.setLicenses({key(QStringLiteral("soon"), 5 * kDay, proto::LicenseStatus::Expired)});
        QVERIFY(model.index(0, 0).data(RenewalsModel::ExpiredRole).toBool());
    }

    void suspendedKeysAreLeftOut()
    {
        ManualClock clock(kNow);
        LicenseModel licenses(&clock);
        RenewalsModel model(&licenses, &clock);
        licenses.setLicenses({key(QStringLiteral("s"), 10 * kDay, proto::LicenseStatus::Suspended)});
        QCOMPARE(model.rowCount(), 0);
    }

    void followsTheLicenseModelAndTheClock()
    {
        ManualClock clock(kNow);
        LicenseModel licenses(&clock);
        RenewalsModel model(&licenses, &clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        licenses.setLicenses({key(QStringLiteral("a"), 18 * kDay), key(QStringLiteral("b"), 150 * kDay)});
        QCOMPARE(ids(model), QStringList {QStringLiteral("a")});

        // Same keys, new values (a refresh after a renewal): rows follow, the renewed key leaves the list.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        licenses.setLicenses({key(QStringLiteral("a"), 383 * kDay), key(QStringLiteral("b"), 150 * kDay)});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.count(), 1);

        // A refresh with the same keys in the window only changes the words: dataChanged, no reset.
        licenses.setLicenses({key(QStringLiteral("a"), 18 * kDay), key(QStringLiteral("b"), 150 * kDay)});
        reset.clear();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        clock.advance(kDay);
        licenses.setLicenses({key(QStringLiteral("a"), 18 * kDay), key(QStringLiteral("b"), 150 * kDay)});
        QCOMPARE(reset.count(), 0);
        QVERIFY(changed.count() >= 1);

        // Time passes with the keys as they are: update() moves the window.
        clock.set(kNow.addDays(100));
        model.update();
        QCOMPARE(ids(model), (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(expiry(model, QStringLiteral("a")), QStringLiteral("expired 82 day(s) ago"));
        QCOMPARE(expiry(model, QStringLiteral("b")), QStringLiteral("in 50 day(s)"));
        clock.set(kNow.addDays(109));
        model.update();
        QCOMPARE(ids(model), QStringList {QStringLiteral("b")});
        // Signed out: nothing left.
        licenses.setLicenses({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRenewalsModel)
#include "test_renewalsmodel.moc"
