// LicenseService against a real license-server: non-blocking refresh into the model, key reveal; and
// AutoRefresh, driven by a manual clock: hourly, after local midnight, counting from any refresh.
#include "ApiClient.h"
#include "AutoRefresh.h"
#include "Clock.h"
#include "LicenseModel.h"
#include "LicenseService.h"
#include "TestServer.h"

#include <QSignalSpy>
#include <QtTest>

using namespace lp;

class TestLicenseService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.startDemo(), qPrintable(m_server.log()));
        m_api.setBaseUrl(m_server.baseUrl());
        QSignalSpy login(m_api.login(QStringLiteral("demo@example.com"), QStringLiteral("demo-portal-2026")),
                         &ApiJob::finished);
        QVERIFY(login.wait(20000));
        QVERIFY(m_api.hasRefreshToken());
    }

    void refreshLoadsTheModelWithoutBlocking()
    {
        ManualClock clock(QDateTime(QDate(2026, 5, 1), QTime(9, 30), Qt::UTC));
        LicenseModel model(&clock);
        LicenseService service(&m_api, &model, &clock);
        QSignalSpy busy(&service, &LicenseService::busyChanged);
        QSignalSpy refreshed(&service, &LicenseService::refreshed);
        service.refresh();
        QVERIFY(service.isBusy()); // returned at once, still loading
        service.refresh(); // folded into the running one
        QVERIFY(refreshed.wait(20000));
        QTest::qWait(100);
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(refreshed.first().first().toDateTime(), clock.now());
        QCOMPARE(service.lastRefreshed(), clock.now());
        QCOMPARE(busy.count(), 2);
        QVERIFY(!service.isBusy());
        QVERIFY(model.rowCount() >= 5);

        const QString id = model.data(model.index(0, 0), LicenseModel::IdRole).toString();
        QString key;
        ApiError error;
        bool answered = false;
        service.revealKey(id, this, [&](const QString& clear, const ApiError& failure) {
            key = clear;
            error = failure;
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        QVERIFY(!key.isEmpty());
        QVERIFY(!key.contains(QChar(0x2022)));

        service.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!service.lastRefreshed().isValid());
    }

    void failureIsReported()
    {
        ApiClient offline;
        offline.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1")));
        ManualClock clock(QDateTime::currentDateTimeUtc());
        LicenseModel model(&clock);
        LicenseService service(&offline, &model, &clock);
        QSignalSpy failed(&service, &LicenseService::refreshFailed);
        service.refresh();
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Unreachable);
        QVERIFY(!service.isBusy());
    }

    void autoRefreshIsDueHourlyOrAfterMidnight()
    {
        // Local times, as the midnight is the user's.
        const auto local = [](int day, int hour, int minute) {
            return QDateTime(QDate(2026, 5, day), QTime(hour, minute), Qt::LocalTime);
        };
        QCOMPARE(AutoRefresh::dueAfter(local(1, 9, 30)), local(1, 10, 30));
        QCOMPARE(AutoRefresh::dueAfter(local(1, 22, 59)), local(1, 23, 59));
        // Less than an hour before midnight: just after it, when the day counts have changed.
        QCOMPARE(AutoRefresh::dueAfter(local(1, 23, 30)), local(2, 0, 1));
        QCOMPARE(AutoRefresh::dueAfter(local(1, 23, 59)), local(2, 0, 1));
        // Just after midnight: the day has changed already, so an hour later.
        QCOMPARE(AutoRefresh::dueAfter(local(2, 0, 0)), local(2, 1, 0));
    }

    void autoRefreshRefreshesWhenDue()
    {
        ManualClock clock(QDateTime(QDate(2026, 5, 1), QTime(9, 30), Qt::LocalTime).toUTC());
        LicenseModel model(&clock);
        LicenseService service(&m_api, &model, &clock);
        AutoRefresh autoRefresh(&service, &clock);
        QSignalSpy refreshed(&service, &LicenseService::refreshed);
        QSignalSpy started(&autoRefresh, &AutoRefresh::refreshStarted);
        QVERIFY(!autoRefresh.isActive());
        QVERIFY(!autoRefresh.nextDue().isValid());
        autoRefresh.start();
        QVERIFY(autoRefresh.isActive());
        QCOMPARE(autoRefresh.nextDue(), clock.now().addSecs(3600));

        // Not due yet: nothing.
        clock.advance(59 * 60);
        autoRefresh.poll();
        QVERIFY(!service.isBusy());
        QVERIFY(started.isEmpty());

        // Due: the keys load without anyone asking, and the next refresh is an hour after this one.
        clock.advance(60);
        autoRefresh.poll();
        QCOMPARE(started.count(), 1);
        QVERIFY(service.isBusy());
        QVERIFY(refreshed.wait(20000));
        QVERIFY(model.rowCount() >= 5);
        QCOMPARE(autoRefresh.nextDue(), clock.now().addSecs(3600));

        // A refresh the user asked for restarts the hour.
        clock.advance(40 * 60);
        service.refresh();
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(autoRefresh.nextDue(), clock.now().addSecs(3600));
        clock.advance(30 * 60);
        autoRefresh.poll();
        QCOMPARE(started.count(), 1);

        // The clock set back a day: an hour from the new time, not from the old one.
        clock.advance(-24 * 3600);
        autoRefresh.poll();
        QCOMPARE(started.count(), 1);
        QCOMPARE(autoRefresh.nextDue(), clock.now().addSecs(3600));

        // Stopped (signed out): never again.
        autoRefresh.stop();
        clock.advance(5 * 3600);
        autoRefresh.poll();
        QCOMPARE(started.count(), 1);
        QVERIFY(!autoRefresh.nextDue().isValid());
    }

    void autoRefreshPollsByItself()
    {
        // The timer, shortened: a client left alone refreshes once the clock has passed the due time.
        ManualClock clock(QDateTime::currentDateTimeUtc());
        LicenseModel model(&clock);
        LicenseService service(&m_api, &model, &clock);
        AutoRefresh autoRefresh(&service, &clock);
        autoRefresh.setPollInterval(std::chrono::milliseconds(20));
        QSignalSpy refreshed(&service, &LicenseService::refreshed);
        autoRefresh.start();
        QTest::qWait(200);
        QVERIFY(refreshed.isEmpty());
        clock.advance(3601);
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(refreshed.count(), 1);
    }

    void failedAutoRefreshWaitsForTheNextTurn()
    {
        // Without a network the next attempt is an hour later, not at every poll.
        ApiClient offline;
        offline.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1")));
        ManualClock clock(QDateTime(QDate(2026, 5, 1), QTime(9, 30), Qt::LocalTime).toUTC());
        LicenseModel model(&clock);
        LicenseService service(&offline, &model, &clock);
        AutoRefresh autoRefresh(&service, &clock);
        QSignalSpy failed(&service, &LicenseService::refreshFailed);
        QSignalSpy started(&autoRefresh, &AutoRefresh::refreshStarted);
        autoRefresh.start();
        clock.advance(3600);
        autoRefresh.poll();
        QVERIFY(failed.wait(20000));
        QCOMPARE(autoRefresh.nextDue(), clock.now().addSecs(3600));
        autoRefresh.poll();
        QCOMPARE(started.count(), 1);
    }

private:
    TestServer m_server;
    ApiClient m_api;
};

QTEST_GUILESS_MAIN(TestLicenseService)
#include "test_licenseservice.moc"
