// The pre-scan settings dialog as a user drives it, offscreen, against a real demo server: opened from the
// usage pane for a per-scan key, formats unchecked by mouse and keyboard (the saving estimate follows),
// regions drawn and deleted on the frame preview, the confidence slider moved, saved, reopened; the stored
// settings checked with a fetch of their own. A history that cannot be loaded (a FaultyNetwork fails it,
// before or after the stored settings come) only costs the estimate. Then a save the server cannot take
// keeps the dialog open.
#include "ApiClient.h"
#include "ApiJob.h"
#include "Clock.h"
#include "DemoSignIn.h"
#include "FaultyNetwork.h"
#include "LicenseModel.h"
#include "MainWindow.h"
#include "PortalController.h"
#include "RegionEditor.h"
#include "ScanSettingsDialog.h"
#include "ScanSettingsEditor.h"
#include "TestServer.h"
#include "UsagePane.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using lp::proto::ScanRegion;
using lp::proto::ScanSettings;
using lp::ui::PortalController;
using lp::ui::ScanSettingsDialog;

namespace {
constexpr int kWait = 20000;
}

class TestScanSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void opensWithTheStoredSettingsAndAnEstimate();
    void uncheckingFormatsChangesTheEstimate();
    void regionsAreDrawnSelectedAndDeleted();
    void savePersistsOnTheServer();
    void reopenShowsTheSavedSettings();
    void historyFailureOnlyCostsTheEstimate_data();
    void historyFailureOnlyCostsTheEstimate();
    void unknownKeySaysWhySettingsCannotLoad();
    void failedSaveKeepsTheDialogOpen();

private:
    ScanSettingsDialog* openFromPane();
    bool loaded(ScanSettingsDialog* dialog) const
    {
        return !dialog->editor()->isBusy()
            && dialog->findChild<QPushButton*>(QStringLiteral("saveScanSettingsButton"))->isEnabled();
    }
    template<typename T>
    T* child(const QString& name) const
    {
        return m_dialog->findChild<T*>(name);
    }
    QPoint framePoint(double xPercent, double yPercent) const
    {
        const QRectF frame = m_dialog->regionEditor()->frameRect();
        return QPointF(frame.left() + frame.width() * xPercent / 100.0,
                       frame.top() + frame.height() * yPercent / 100.0)
            .toPoint();
    }
    void drag(QWidget* widget, const QPoint& from, const QPoint& to);
    std::optional<ScanSettings> fetchStored();

    TestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<PortalController> m_portal;
    QString m_licenseId;
    QPointer<ScanSettingsDialog> m_dialog;
    ScanSettings m_saved;
};

void TestScanSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.startDemo(), qPrintable(m_server.log()));
    PortalController::Options options;
    options.settingsPath = m_dir.filePath(QStringLiteral("portal.ini"));
    options.silentSignIn = false;
    m_portal = std::make_unique<PortalController>(options);
    m_portal->start();
    QVERIFY(signInAsDemo(*m_portal, m_server.baseUrl()));
    for (const auto& license : m_portal->licenseModel()->licenses()) {
        if (license.product == QStringLiteral("Barcode Reader SDK – Server")) {
            m_licenseId = license.id;
        }
    }
    QVERIFY(!m_licenseId.isEmpty());
    QVERIFY(QTest::qWaitForWindowExposed(m_portal->mainWindow()));
    m_portal->mainWindow()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_portal->mainWindow()));
    QTest::keyClick(m_portal->mainWindow(), Qt::Key_3, Qt::ControlModifier);
    QTRY_VERIFY(m_portal->usagePane()->isVisible());
    QVERIFY(m_portal->usagePane()->selectLicense(m_licenseId));
}

void TestScanSettingsDialog::cleanupTestCase()
{
    delete m_dialog;
    m_portal.reset();
}

ScanSettingsDialog* TestScanSettingsDialog::openFromPane()
{
    auto* button = m_portal->usagePane()->findChild<QPushButton*>(QStringLiteral("scanSettingsButton"));
    if (!button || !button->isVisible()) {
        return nullptr;
    }
    QTest::mouseClick(button, Qt::LeftButton);
    auto* dialog = m_portal->usagePane()->findChild<ScanSettingsDialog*>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog)) {
        return nullptr;
    }
    return dialog;
}

void TestScanSettingsDialog::drag(QWidget* widget, const QPoint& from, const QPoint& to)
{
    QTest::mousePress(widget, Qt::LeftButton, {}, from);
    QTest::mouseMove(widget, (from + to) / 2);
    QTest::mouseMove(widget, to);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, to);
}

std::optional<ScanSettings> TestScanSettingsDialog::fetchStored()
{
    std::optional<ScanSettings> stored;
    bool done = false;
    lp::ApiJob* job = m_portal->api()->fetchScanSettings(m_licenseId);
    connect(job, &lp::ApiJob::finished, this, [&](lp::ApiJob* finished) {
        if (finished->succeeded()) {
            stored = *finished->value<ScanSettings>();
        }
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }, kWait) ? stored : std::nullopt;
}

void TestScanSettingsDialog::opensWithTheStoredSettingsAndAnEstimate()
{
    m_dialog = openFromPane();
    QVERIFY(m_dialog);
    QVERIFY(m_dialog->windowTitle().contains(QStringLiteral("Barcode Reader SDK – Server")));
    QTRY_VERIFY_WITH_TIMEOUT(loaded(m_dialog), kWait);
    // Nothing saved yet: every format, the whole frame, any confidence.
    QCOMPARE(m_dialog->draft(), ScanSettings::defaults());
    QVERIFY(m_dialog->regionEditor()->isWholeFrame());
    QCOMPARE(child<QLabel>(QStringLiteral("confidenceValueLabel"))->text(), QStringLiteral("Any result"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->editor()->history().items.isEmpty(), kWait);
    QVERIFY2(
        child<QLabel>(QStringLiteral("savingEstimateLabel"))->text().contains(QLatin1String("saved none")),
        qPrintable(child<QLabel>(QStringLiteral("savingEstimateLabel"))->text()));
}

void TestScanSettingsDialog::uncheckingFormatsChangesTheEstimate()
{
    const lp::proto::UsageReport& history = m_dialog->editor()->history();
    QVERIFY(history.formats.size() >= 3);
    auto* estimate = child<QLabel>(QStringLiteral("savingEstimateLabel"));
    const QString before = estimate->text();

    // The most scanned format with the mouse, the second with the keyboard.
    auto* first = child<QCheckBox>(QStringLiteral("format_") + history.formats.at(0));
    QTest::mouseClick(first, Qt::LeftButton, {}, QPoint(8, first->height() / 2));
    QVERIFY(!first->isChecked());
    const QString afterOne = estimate->text();
    QVERIFY(afterOne != before);
    const int percentOne = m_dialog->editor()->estimate(m_dialog->draft()).percent();
    QVERIFY(percentOne > 0);
    QVERIFY2(afterOne.contains(QString::number(percentOne) + QLatin1Char('%')), qPrintable(afterOne));

    auto* second = child<QCheckBox>(QStringLiteral("format_") + history.formats.at(1));
    second->setFocus();
    QTest::keyClick(second, Qt::Key_Space);
    QVERIFY(!second->isChecked());
    QVERIFY(estimate->text() != afterOne);
    QVERIFY(m_dialog->editor()->estimate(m_dialog->draft()).percent() > percentOne);

    // No format at all cannot be saved, and says why.
    for (QCheckBox* check : m_dialog->findChildren<QCheckBox*>()) {
        check->setChecked(false);
    }
    auto* save = child<QPushButton>(QStringLiteral("saveScanSettingsButton"));
    QVERIFY(!save->isEnabled());
    QVERIFY(!save->toolTip().isEmpty());
    // Keep all but the two most scanned.
    for (QCheckBox* check : m_dialog->findChildren<QCheckBox*>()) {
        check->setChecked(check != first && check != second);
    }
    QVERIFY(save->isEnabled());
}

void TestScanSettingsDialog::regionsAreDrawnSelectedAndDeleted()
{
    lp::ui::RegionEditor* editor = m_dialog->regionEditor();
    drag(editor, framePoint(10, 10), framePoint(50, 60));
    QCOMPARE(editor->regions().size(), 1);
    const ScanRegion first = editor->regions().first();
    QVERIFY(qAbs(first.left - 10) < 1 && qAbs(first.top - 10) < 1);
    QVERIFY(qAbs(first.right - 50) < 1 && qAbs(first.bottom - 60) < 1);
    QCOMPARE(editor->selectedIndex(), 0);

    // Past the frame's edge: clamped to it.
    drag(editor, framePoint(60, 70), QPoint(editor->width() - 1, editor->height() - 1));
    QCOMPARE(editor->regions().size(), 2);
    QCOMPARE(editor->regions().at(1).right, 100.0);
    QCOMPARE(editor->regions().at(1).bottom, 100.0);

    // A third, then select it again by clicking into it and delete it with the Delete key.
    drag(editor, framePoint(70, 5), framePoint(95, 30));
    QCOMPARE(editor->regions().size(), 3);
    QTest::mouseClick(editor, Qt::LeftButton, {}, framePoint(20, 20));
    QCOMPARE(editor->selectedIndex(), 0);
    QTest::mouseClick(editor, Qt::LeftButton, {}, framePoint(80, 20));
    QCOMPARE(editor->selectedIndex(), 2);
    QTest::keyClick(editor, Qt::Key_Delete);
    QCOMPARE(editor->regions().size(), 2);
    QCOMPARE(editor->regions().first(), first);

    // A click without a drag draws nothing.
    QTest::mouseClick(editor, Qt::LeftButton, {}, framePoint(55, 5));
    QCOMPARE(editor->regions().size(), 2);

    // Whole Frame brings back the one region that restricts nothing; drawing again replaces it.
    QTest::mouseClick(child<QPushButton>(QStringLiteral("wholeFrameButton")), Qt::LeftButton);
    QVERIFY(editor->isWholeFrame());
    drag(editor, framePoint(10, 10), framePoint(50, 60));
    drag(editor, framePoint(60, 70), framePoint(100, 100));
    QCOMPARE(editor->regions().size(), 2);

    // Minimum confidence by keyboard: four pages up.
    auto* slider = child<QSlider>(QStringLiteral("confidenceSlider"));
    slider->setFocus();
    for (int i = 0; i < 4; ++i) {
        QTest::keyClick(slider, Qt::Key_PageUp);
    }
    QCOMPARE(slider->value(), 40);
    QCOMPARE(child<QLabel>(QStringLiteral("confidenceValueLabel"))->text(), QStringLiteral("40 of 100"));
}

void TestScanSettingsDialog::savePersistsOnTheServer()
{
    m_saved = m_dialog->draft();
    QSignalSpy saved(m_dialog.data(), &ScanSettingsDialog::saved);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveScanSettingsButton")), Qt::LeftButton);
    // Progress while the server answers; the form is not editable meanwhile.
    QVERIFY(child<QWidget>(QStringLiteral("scanSettingsBusyBar"))->isVisible());
    QVERIFY(!child<QSlider>(QStringLiteral("confidenceSlider"))->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kWait);
    QTRY_VERIFY(!m_dialog); // closed and deleted

    const auto stored = fetchStored();
    QVERIFY(stored);
    QCOMPARE(*stored, m_saved);
    QCOMPARE(stored->minConfidence, 40);
    QCOMPARE(stored->regions.size(), 2);
}

void TestScanSettingsDialog::reopenShowsTheSavedSettings()
{
    m_dialog = openFromPane();
    QVERIFY(m_dialog);
    QTRY_VERIFY_WITH_TIMEOUT(loaded(m_dialog), kWait);
    QCOMPARE(m_dialog->draft(), m_saved);
    QCOMPARE(m_dialog->regionEditor()->regions(), m_saved.regions);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->editor()->history().items.isEmpty(), kWait);
    QVERIFY(
        !child<QLabel>(QStringLiteral("savingEstimateLabel"))->text().contains(QLatin1String("saved none")));
    m_dialog->reject();
    QTRY_VERIFY(!m_dialog);
}

void TestScanSettingsDialog::historyFailureOnlyCostsTheEstimate_data()
{
    QTest::addColumn<bool>("historyFirst");
    QTest::newRow("history fails before the settings come") << true;
    QTest::newRow("history fails after the settings came") << false;
}

void TestScanSettingsDialog::historyFailureOnlyCostsTheEstimate()
{
    QFETCH(bool, historyFirst);
    const QString settingsPath = QStringLiteral("/scan-settings");
    const QString usagePath = QStringLiteral("/usage");
    FaultyNetwork network;
    network.fail(QNetworkAccessManager::GetOperation, usagePath, 500,
                 QStringLiteral("The usage store is not available."));
    // The answer that is to come second waits until the first has been shown.
    network.hold(QNetworkAccessManager::GetOperation, historyFirst ? settingsPath : usagePath);
    lp::ApiClient api(&network);
    api.setBaseUrl(m_server.baseUrl());
    QSignalSpy login(api.login(QStringLiteral("demo@example.com"), QStringLiteral("demo-portal-2026")),
                     &lp::ApiJob::finished);
    QVERIFY(login.wait(kWait) && api.hasRefreshToken());
    lp::proto::License license;
    for (const auto& candidate : m_portal->licenseModel()->licenses()) {
        if (candidate.id == m_licenseId) {
            license = candidate;
        }
    }
    const lp::SystemClock clock;
    ScanSettingsDialog dialog(&api, &clock, license, m_portal->mainWindow());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* estimate = dialog.findChild<QLabel*>(QStringLiteral("savingEstimateLabel"));
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("scanSettingsErrorLabel"));
    auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveScanSettingsButton"));
    const auto historyFailureShown = [estimate] {
        return estimate->text().startsWith(
                   QLatin1String("The usage of the last 90 days could not be loaded, so no saving can be "
                                 "estimated."))
            && estimate->text().endsWith(QLatin1String("The usage store is not available."));
    };
    QSignalSpy settingsLoaded(dialog.editor(), &lp::ScanSettingsEditor::loaded);
    if (historyFirst) {
        QTRY_VERIFY2_WITH_TIMEOUT(historyFailureShown(), qPrintable(estimate->text()), kWait);
        QVERIFY2(!error->isVisible(), qPrintable(error->text()));
        QVERIFY(settingsLoaded.isEmpty());
        QVERIFY(!save->isEnabled()); // nothing to save before the stored settings are shown
        QCOMPARE(network.release(QNetworkAccessManager::GetOperation, settingsPath), 1);
        QVERIFY(settingsLoaded.wait(kWait));
    } else {
        QVERIFY(settingsLoaded.wait(kWait));
        QCOMPARE(network.release(QNetworkAccessManager::GetOperation, usagePath), 1);
        QTRY_VERIFY2_WITH_TIMEOUT(historyFailureShown(), qPrintable(estimate->text()), kWait);
    }
    // The settings are shown, editable and savable; only the estimate is missing, and says why.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.editor()->isBusy() && save->isEnabled(), kWait);
    QVERIFY2(!error->isVisible(), qPrintable(error->text()));
    QVERIFY(historyFailureShown());
    QCOMPARE(dialog.draft(), m_saved);
    auto* slider = dialog.findChild<QSlider*>(QStringLiteral("confidenceSlider"));
    QVERIFY(slider->isEnabled());
    slider->setValue(historyFirst ? 55 : 60);
    QVERIFY(historyFailureShown()); // editing does not bring back an estimate from no history
    QSignalSpy saved(&dialog, &ScanSettingsDialog::saved);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(saved.wait(kWait));
    QVERIFY(!dialog.isVisible());
    m_saved = dialog.draft();
    const auto stored = fetchStored();
    QVERIFY(stored);
    QCOMPARE(*stored, m_saved);
}

void TestScanSettingsDialog::unknownKeySaysWhySettingsCannotLoad()
{
    // A key removed from the account since the list was loaded: the server answers 404.
    lp::proto::License gone;
    gone.id = QStringLiteral("lic_no_such_license");
    gone.product = QStringLiteral("Gone");
    gone.type = lp::proto::LicenseType::PerScan;
    const lp::SystemClock clock;
    ScanSettingsDialog dialog(m_portal->api(), &clock, gone, m_portal->mainWindow());
    dialog.show();
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("scanSettingsErrorLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.editor()->isBusy() && error->isVisible(), kWait);
    QVERIFY2(error->text().startsWith(QLatin1String("The stored settings could not be loaded")),
             qPrintable(error->text()));
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("saveScanSettingsButton"))->isEnabled());
    // The history of an unknown key fails too; that is said where the estimate would be.
    const QString estimate = dialog.findChild<QLabel*>(QStringLiteral("savingEstimateLabel"))->text();
    QVERIFY2(estimate.startsWith(QLatin1String("The usage of the last 90 days could not be loaded")),
             qPrintable(estimate));
}

void TestScanSettingsDialog::failedSaveKeepsTheDialogOpen()
{
    m_dialog = openFromPane();
    QVERIFY(m_dialog);
    QTRY_VERIFY_WITH_TIMEOUT(loaded(m_dialog) && !m_dialog->editor()->history().items.isEmpty(), kWait);
    auto* slider = child<QSlider>(QStringLiteral("confidenceSlider"));
    slider->setValue(75);
    // The server goes away: the save cannot be done, and the dialog keeps the draft and says why.
    m_server.stop();
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveScanSettingsButton")), Qt::LeftButton);
    auto* error = child<QLabel>(QStringLiteral("scanSettingsErrorLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 60000);
    QVERIFY2(error->text().startsWith(QLatin1String("The settings were not saved.")),
             qPrintable(error->text()));
    QVERIFY(m_dialog && m_dialog->isVisible());
    QCOMPARE(slider->value(), 75);
    QVERIFY(slider->isEnabled());
    QVERIFY(child<QPushButton>(QStringLiteral("saveScanSettingsButton"))->isEnabled());
}

QTEST_MAIN(TestScanSettingsDialog)
#include "test_scansettingsdialog.moc"
