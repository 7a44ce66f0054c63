// LicenseService against a real license-server: non-blocking refresh into the model, key reveal.
#include "ApiClient.h"
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
        QVERIFY2(m_server.start({QStringLiteral("--demo")}), qPrintable(m_server.log()));
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

private:
    TestServer m_server;
    ApiClient m_api;
};

QTEST_GUILESS_MAIN(TestLicenseService)
#include "test_licenseservice.moc"
