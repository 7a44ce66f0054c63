// ScanSettingsEditor against a real license-server with the demo data: the stored settings and the
// 90 days of per-format history, the estimate of a draft, saving, and a draft the server refuses.
#include "Clock.h"
#include "DemoAccount.h"
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
        QSignalSpy failed(&editor, &ScanSettingsEditor::failed);
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
        QSignalSpy failed(&editor, &ScanSettingsEditor::failed);
        editor.save(draft);
        QVERIFY(failed.wait(kWait));
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
        QSignalSpy failed(&editor, &ScanSettingsEditor::failed);
        editor.load(QStringLiteral("lic_doesnotexist"));
        QVERIFY(load(editor, m_license));
        QTest::qWait(300);
        QCOMPARE(loaded.count(), 1);
        QVERIFY(failed.isEmpty());
        QCOMPARE(editor.licenseId(), m_license);
    }

private:
    DemoAccount m_demo;
    SystemClock m_clock;
    QString m_license;
};

QTEST_GUILESS_MAIN(TestScanSettingsEditor)
#include "test_scanseditor.moc"
