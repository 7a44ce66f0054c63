// The offline activation pane as a user drives it, offscreen, against a real demo server: a device's
// request file dropped on the pane, the file issued and saved, then verified in words; a pasted hash;
// a tampered file refused.
#include "DemoSignIn.h"
#include "LicenseModel.h"
#include "MainWindow.h"
#include "OfflinePane.h"
#include "PaneWidgets.h"
#include "PortalController.h"
#include "TestServer.h"

#include <OfflineLicense.h>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using lp::ui::PortalController;

namespace {
constexpr int kWait = 20000;
const QString kDevice = QStringLiteral("c0ffee").repeated(10) + QStringLiteral("c0ff");
} // namespace

class TestOfflinePane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void droppedRequestIsIssuedSavedAndVerified();
    void pastedHashEnablesIssue();
    void tamperedFileIsRefusedInWords();

private:
    template<typename T>
    T* child(const char* name)
    {
        return m_pane->findChild<T*>(QLatin1String(name));
    }
    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return path;
    }

    TestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<PortalController> m_portal;
    lp::ui::OfflinePane* m_pane = nullptr;
    QString m_savedPath;
};

void TestOfflinePane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.startDemo(), qPrintable(m_server.log()));
    PortalController::Options options;
    options.settingsPath = m_dir.filePath(QStringLiteral("portal.ini"));
    options.silentSignIn = false;
    m_portal = std::make_unique<PortalController>(options);
    m_portal->start();
    QVERIFY(signInAsDemo(*m_portal, m_server.baseUrl()));
    m_pane = m_portal->offlinePane();
    QVERIFY(m_pane);
    auto* navigation = m_portal->mainWindow()->findChild<QListWidget*>(QStringLiteral("navigationList"));
    for (int row = 0; row < navigation->count(); ++row) {
        if (navigation->item(row)->text() == QLatin1String("Offline activation")) {
            navigation->setCurrentRow(row);
        }
    }
    QVERIFY(m_pane->isVisible());
    // Offline licenses are for per-device keys only.
    auto* combo = child<QComboBox>("offlineLicenseCombo");
    QVERIFY(combo->count() > 0);
    for (int row = 0; row < combo->count(); ++row) {
        QVERIFY(combo->itemText(row) != QLatin1String("Label Recognizer"));
    }
    QVERIFY(lp::ui::selectLicenseIn(combo, [this] {
        for (const auto& license : m_portal->licenseModel()->licenses()) {
            if (license.product == QLatin1String("Warehouse Scanner Fleet")) {
                return license.id;
            }
        }
        return QString();
    }()));
}

void TestOfflinePane::droppedRequestIsIssuedSavedAndVerified()
{
    auto* issue = child<QPushButton>("offlineIssueButton");
    QVERIFY(!issue->isEnabled());
    const QString request = writeFile(
        "request.json",
        QJsonDocument(
            lp::proto::OfflineActivationRequest {kDevice, "Windows 10 IoT", "Press line 2", 90}.toJson())
            .toJson());
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(request)});
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    // Straight to the pane: QApplication delivers drops only inside a drag the window system started.
    static_cast<QObject*>(m_pane)->event(&drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(child<QLineEdit>("offlineHashEdit")->text(), kDevice);
    QCOMPARE(child<QLineEdit>("offlinePlatformEdit")->text(), QStringLiteral("Windows 10 IoT"));
    QCOMPARE(child<QLineEdit>("offlineNameEdit")->text(), QStringLiteral("Press line 2"));
    QCOMPARE(child<QComboBox>("offlineValidityCombo")->currentData().toInt(), 90);
    QVERIFY(issue->isEnabled());

    QTest::mouseClick(issue, Qt::LeftButton);
    auto* save = child<QPushButton>("offlineSaveButton");
    QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), kWait);
    const QString issued = child<QLabel>("offlineIssueResult")->text();
    QVERIFY2(issued.contains(kDevice.left(12)) && issued.contains("takes one seat"), qPrintable(issued));

    m_savedPath = m_dir.filePath("offline-license.json");
    QVERIFY(m_pane->saveIssued(m_savedPath));
    QVERIFY(QFile::exists(m_savedPath));

    child<QLineEdit>("offlineVerifyHashEdit")->setText(kDevice);
    m_pane->verifyFile(m_savedPath);
    auto* result = child<QLabel>("offlineVerifyResult");
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains("This offline license is valid."), kWait);
    QVERIFY(result->text().contains("The signature is valid"));
    QVERIFY(result->text().contains("Issued for this device"));

    // Checked against another device, the same file is not for it.
    child<QLineEdit>("offlineVerifyHashEdit")->setText(QStringLiteral("ab").repeated(32));
    m_pane->verifyFile(m_savedPath);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains("must not be used"), kWait);
    QVERIFY(result->text().contains("another device"));
}

void TestOfflinePane::pastedHashEnablesIssue()
{
    auto* hash = child<QLineEdit>("offlineHashEdit");
    auto* issue = child<QPushButton>("offlineIssueButton");
    hash->clear();
    QVERIFY(!issue->isEnabled());
    QTest::keyClicks(hash, QStringLiteral("12ab"));
    QVERIFY(!issue->isEnabled());
    QVERIFY(!issue->toolTip().isEmpty());
    hash->clear();
    QTest::keyClicks(hash, QStringLiteral("9F").repeated(32));
    child<QLineEdit>("offlinePlatformEdit")->clear();
    QVERIFY(!issue->isEnabled()); // the server needs the platform too
    QTest::keyClicks(child<QLineEdit>("offlinePlatformEdit"), QStringLiteral("Linux"));
    QVERIFY(issue->isEnabled());
    // Letters beyond hexadecimal never get in.
    QTest::keyClicks(hash, QStringLiteral("xyz"));
    QCOMPARE(hash->text(), QStringLiteral("9F").repeated(32));
}

void TestOfflinePane::tamperedFileIsRefusedInWords()
{
    QFile saved(m_savedPath);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(saved.readAll()).object();
    json["payload"]
        = json["payload"].toString().replace("\"platform\":\"Windows 10 IoT\"", "\"platform\":\"Any\"");
    const QString tampered = writeFile("tampered.json", QJsonDocument(json).toJson());
    child<QLineEdit>("offlineVerifyHashEdit")->clear();
    m_pane->verifyFile(tampered);
    auto* result = child<QLabel>("offlineVerifyResult");
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains("must not be used"), kWait);
    QVERIFY2(result->text().contains("does not match the contents"), qPrintable(result->text()));

    // Not an offline license at all.
    m_pane->verifyFile(writeFile("notes.txt", "shopping list"));
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains("not a valid offline license file"), kWait);
}

QTEST_MAIN(TestOfflinePane)
#include "test_offlinepane.moc"
