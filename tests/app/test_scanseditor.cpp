// ScanSettingsEditor against a real license-server with the demo data: the stored settings and the
// 90 days of per-format history, the estimate of a draft, saving, and a draft the server refuses. Each of
// the three requests reports its own failure; a FaultyNetwork fails one of two parallel requests and
// decides the order of their answers, which a real server cannot do on demand.
#include "Clock.h"
#include "DemoAccount.h"
#include "FaultyNetwork.h"
#include "ScanSettingsEditor.h"

#include <QSignalSpy>
#include <QtTest>

using namespace lp;

namespace {
constexpr int kWait = DemoAccount::kWait;

bool load(ScanSettingsEditor& editor, const QString& licenseId)
{
    QSignalSpy loaded(&editor, &ScanSettingsEditor::loaded);
    QSignalSpy history(&editor, &ScanSettingsEditor::historyLoaded);
    editor.load(licenseId);
    return (loaded.count() == 1 || loaded.wait(kWait)) && (history.count() == 1 || history.wait(kWait));
}
} // namespace

class TestScanSettingsEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_demo.start());
        m_license = m_demo.license(QStringLiteral("Barcode Reader SDK \u2013 Server")).id;
        QVERIFY(!m_license.isEmpty());
    }

    void loadsSettingsAndHistory()
    {
        ScanSettingsEditor editor(&m_demo.api(), &m_clock);
        QSignalSpy busy(&editor, &ScanSettingsEditor::busyChanged);
        QVERIFY(load(editor, m_license));
        QVERIFY(!editor.isBusy());
        QCOMPARE(busy.count(), 2);
        QCOMPARE(editor.stored(), proto::ScanSettings::defaults()); // nothing saved yet
        const proto::UsageReport& history = editor.history();
        QCOMPARE(history.to, m_clock.now().toUTC().date());
        QCOMPARE(history.from.daysTo(history.to), ScanSettingsEditor::kHistoryDays - 1);
        QCOMPARE(history.granularity, proto::UsageGranularity::Month);
        QVERIFY(history.total() > 0);
        QVERIFY(history.formats.size() >= 3);
    }

    void estimatesADraft()
    {
        ScanSettingsEditor editor(&m_demo.api(), &m_clock);
        QVERIFY(load(editor, m_license));
        const proto::UsageReport& history = editor.history();
        QCOMPARE(editor.estimate(editor.stored()).percent(), 0);

        proto::ScanSettings draft = editor.stored();
        draft.formats = {history.formats.first()}; // only the most scanned
        const SavingEstimate estimate = editor.estimate(draft);
        QCOMPARE(estimate.totalScans, history.total());
        QCOMPARE(estimate.savedScans, history.total() - history.totalOf(history.formats.first()));
        QCOMPARE(estimate.excludedFormats, history.formats.mid(1));
        QCOMPARE(estimate.historyDays, ScanSettingsEditor::kHistoryDays);
        QVERIFY(estimate.percent() > 0 && estimate.percent() < 100);
        QVERIFY2(estimate.sentence().contains(QLatin1String("of the last 90 day(s)")),
                 qPrintable(estimate.sentence()));
    }

    void saveRoundTrip()
    {
        ScanSettingsEditor editor(&m_demo.api(), &m_clock);
        QVERIFY(load(editor, m_license));
        proto::ScanSettings draft;
        draft.formats = {QStringLiteral("QR_CODE"), QStringLiteral("CODE_128")};
        draft.regions = {{10, 20, 90, 60}, {0, 70, 50, 100}};
        draft.minConfidence = 40;
        QSignalSpy saved(&editor, &ScanSettingsEditor::saved);
        QSignalSpy failed(&editor, &ScanSettingsEditor::saveFailed);
        editor.save(draft);
        QVERIFY(editor.isBusy());
        QVERIFY(saved.wait(kWait));
        QVERIFY(failed.isEmpty());
        QCOMPARE(editor.stored(), draft);

        ScanSettingsEditor again(&m_demo.api(), &m_clock);
        QVERIFY(load(again, m_license));
        QCOMPARE(again.stored(), draft);
    }

    void refusedDraftKeepsTheStoredSettings()
    {
        ScanSettingsEditor editor(&m_demo.api(), &m_clock);
        QVERIFY(load(editor, m_license));
        const proto::ScanSettings before = editor.stored();
        proto::ScanSettings draft = before;
        draft.formats = {QStringLiteral("QR_CODE")};
        draft.regions = {{10, 10, 150, 90}};
        draft.minConfidence = 120;
        QSignalSpy saved(&editor, &ScanSettingsEditor::saved);
        QSignalSpy failed(&editor, &ScanSettingsEditor::saveFailed);
        QSignalSpy loadFailed(&editor, &ScanSettingsEditor::loadFailed);
        editor.save(draft);
        QVERIFY(failed.wait(kWait));
        QVERIFY(loadFailed.isEmpty());
        QVERIFY(saved.isEmpty());
        const auto error = failed.first().at(0).value<ApiError>();
        QCOMPARE(error.status, 400);
        QVERIFY(!error.detail.isEmpty());
        QStringList fields;
        for (const proto::FieldError& field : error.fieldErrors) {
            fields.append(field.field);
        }
        QVERIFY2(fields.contains(QStringLiteral("regions[0].right")), qPrintable(fields.join(u',')));
        QVERIFY2(fields.contains(QStringLiteral("min_confidence")), qPrintable(fields.join(u',')));
        QCOMPARE(editor.stored(), before);

        ScanSettingsEditor again(&m_demo.api(), &m_clock);
        QVERIFY(load(again, m_license));
        QCOMPARE(again.stored(), before);
    }

    void anotherLicenseDropsTheAnswers()
    {
        ScanSettingsEditor editor(&m_demo.api(), &m_clock);
        QSignalSpy loaded(&editor, &ScanSettingsEditor::loaded);
        QSignalSpy loadFailed(&editor, &ScanSettingsEditor::loadFailed);
        QSignalSpy historyFailed(&editor, &ScanSettingsEditor::historyFailed);
        editor.load(QStringLiteral("lic_doesnotexist"));
        QVERIFY(load(editor, m_license));
        QTest::qWait(300);
        QCOMPARE(loaded.count(), 1);
        QVERIFY(loadFailed.isEmpty());
        QVERIFY(historyFailed.isEmpty());
        QCOMPARE(editor.licenseId(), m_license);
    }

    void unknownLicenseFailsBothLoads()
    {
        ScanSettingsEditor editor(&m_demo.api(), &m_clock);
        QSignalSpy loadFailed(&editor, &ScanSettingsEditor::loadFailed);
        QSignalSpy historyFailed(&editor, &ScanSettingsEditor::historyFailed);
        QSignalSpy saveFailed(&editor, &ScanSettingsEditor::saveFailed);
        editor.load(QStringLiteral("lic_doesnotexist"));
        QTRY_VERIFY_WITH_TIMEOUT(!editor.isBusy(), kWait);
        QCOMPARE(loadFailed.count(), 1);
        QCOMPARE(loadFailed.first().at(0).value<ApiError>().status, 404);
        QCOMPARE(historyFailed.count(), 1);
        QVERIFY(saveFailed.isEmpty());
    }

    void historyFailureLeavesTheSettingsEditable()
    {
        // The history fails first and the stored settings come after it: neither order may pass the
        // history's failure off as the settings'.
        FaultyNetwork network;
        network.fail(QNetworkAccessManager::GetOperation, QStringLiteral("/usage"), 500,
                     QStringLiteral("The usage store is not available."));
        network.hold(QNetworkAccessManager::GetOperation, QStringLiteral("/scan-settings"));
        ApiClient api(&network);
        QVERIFY(m_demo.signIn(api));
        ScanSettingsEditor editor(&api, &m_clock);
        QSignalSpy loaded(&editor, &ScanSettingsEditor::loaded);
        QSignalSpy loadFailed(&editor, &ScanSettingsEditor::loadFailed);
        QSignalSpy historyLoaded(&editor, &ScanSettingsEditor::historyLoaded);
        QSignalSpy historyFailed(&editor, &ScanSettingsEditor::historyFailed);
        editor.load(m_license);
        QVERIFY(historyFailed.wait(kWait));
        const auto error = historyFailed.first().at(0).value<ApiError>();
        QCOMPARE(error.status, 500);
        QCOMPARE(error.userMessage(), QStringLiteral("The usage store is not available."));
        QVERIFY(loaded.isEmpty());
        QVERIFY(editor.isBusy()); // the settings are still under way

        QCOMPARE(network.release(QNetworkAccessManager::GetOperation, QStringLiteral("/scan-settings")), 1);
        QVERIFY(loaded.wait(kWait));
        QVERIFY(!editor.isBusy());
        QVERIFY(loadFailed.isEmpty());
        QVERIFY(historyLoaded.isEmpty());
        QVERIFY(editor.history().items.isEmpty());

        // Savable all the same.
        proto::ScanSettings draft = editor.stored();
        draft.minConfidence = 15;
        QSignalSpy saved(&editor, &ScanSettingsEditor::saved);
        QSignalSpy saveFailed(&editor, &ScanSettingsEditor::saveFailed);
        editor.save(draft);
        QVERIFY(saved.wait(kWait));
        QVERIFY(saveFailed.isEmpty());
        QCOMPARE(editor.stored(), draft);
    }

    void historyFailureDuringASaveIsNotASaveFailure()
    {
        FaultyNetwork network;
        network.fail(QNetworkAccessManager::GetOperation, QStringLiteral("/usage"), 500,
                     QStringLiteral("The usage store is not available."));
        network.hold(QNetworkAccessManager::GetOperation, QStringLiteral("/usage"));
        network.hold(QNetworkAccessManager::PutOperation, QStringLiteral("/scan-settings"));
        ApiClient api(&network);
        QVERIFY(m_demo.signIn(api));
        ScanSettingsEditor editor(&api, &m_clock);
        QSignalSpy loaded(&editor, &ScanSettingsEditor::loaded);
        editor.load(m_license);
        QVERIFY(loaded.wait(kWait));

        proto::ScanSettings draft = editor.stored();
        draft.minConfidence = 25;
        QSignalSpy saved(&editor, &ScanSettingsEditor::saved);
        QSignalSpy saveFailed(&editor, &ScanSettingsEditor::saveFailed);
        QSignalSpy historyFailed(&editor, &ScanSettingsEditor::historyFailed);
        editor.save(draft);
        QTRY_COMPARE_WITH_TIMEOUT(network.heldCount(), 2, kWait); // the history and the save
        QCOMPARE(network.release(QNetworkAccessManager::GetOperation, QStringLiteral("/usage")), 1);
        QVERIFY(historyFailed.wait(kWait));
        QVERIFY(saveFailed.isEmpty());
        QVERIFY(saved.isEmpty());
        QVERIFY(editor.isBusy()); // still saving

        QCOMPARE(network.release(QNetworkAccessManager::PutOperation, QStringLiteral("/scan-settings")), 1);
        QVERIFY(saved.wait(kWait));
        QVERIFY(saveFailed.isEmpty());
        QCOMPARE(historyFailed.count(), 1);
        QCOMPARE(editor.stored(), draft);
        QVERIFY(!editor.isBusy());
    }

    void settingsFailureIsALoadFailure()
    {
        FaultyNetwork network;
        network.fail(QNetworkAccessManager::GetOperation, QStringLiteral("/scan-settings"), 500,
                     QStringLiteral("The settings store is not available."));
        ApiClient api(&network);
        QVERIFY(m_demo.signIn(api));
        ScanSettingsEditor editor(&api, &m_clock);
        QSignalSpy loadFailed(&editor, &ScanSettingsEditor::loadFailed);
        QSignalSpy historyLoaded(&editor, &ScanSettingsEditor::historyLoaded);
        QSignalSpy historyFailed(&editor, &ScanSettingsEditor::historyFailed);
        editor.load(m_license);
        QTRY_VERIFY_WITH_TIMEOUT(!editor.isBusy(), kWait);
        QCOMPARE(loadFailed.count(), 1);
        QCOMPARE(loadFailed.first().at(0).value<ApiError>().userMessage(),
                 QStringLiteral("The settings store is not available."));
        QCOMPARE(historyLoaded.count(), 1);
        QVERIFY(historyFailed.isEmpty());
    }

private:
    DemoAccount m_demo;
    SystemClock m_clock;
    QString m_license;
};

QTEST_GUILESS_MAIN(TestScanSettingsEditor)
#include "test_scanseditor.moc"
