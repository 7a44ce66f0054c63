#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace lp {
class LicenseModel;
class OfflineActivation;
struct OfflineVerification;
namespace proto {
struct OfflineLicensePayload;
}
} // namespace lp

namespace lp::ui {

// Offline activation for air-gapped devices: import the device's activation request (drop the file on
// the pane, or choose it) or paste its device hash, choose how long the license lasts, issue it and save
// the signed file for the device. Below, any offline license file can be verified (dropped or chosen);
// the findings are said in words: signature and key, validity window, device, clock.
class OfflinePane : public QWidget
{
    Q_OBJECT
public:
    OfflinePane(LicenseModel* licenses, OfflineActivation* activation, QWidget* parent = nullptr);

    // What the buttons do, minus the file dialogs (tests and drops use these).
    bool importRequest(const QString& path);
    void verifyFile(const QString& path);
    bool saveIssued(const QString& path);

signals:
    void message(const QString& text);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void chooseRequestFile();
    void chooseFileToVerify();
    void chooseSaveFile();
    void updateIssueButton();
    void onIssued(const proto::OfflineLicensePayload& payload);
    void onVerified(const OfflineVerification& result, bool keysFromServer);
    void showError(QLabel* label, const QString& text);

    LicenseModel* m_licenses;
    OfflineActivation* m_activation;
    QComboBox* m_licenseCombo;
    QLineEdit* m_hashEdit;
    QLineEdit* m_platformEdit;
    QLineEdit* m_nameEdit;
    QComboBox* m_validityCombo;
    QPushButton* m_issueButton;
    QPushButton* m_saveButton;
    QLabel* m_issueResult;
    QLineEdit* m_verifyHashEdit;
    QLabel* m_verifyResult;
    QProgressBar* m_busyBar;
};

} // namespace lp::ui
