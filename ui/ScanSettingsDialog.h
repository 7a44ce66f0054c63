#pragma once

#include <License.h>
#include <QDialog>
#include <QMap>
#include <ScanSettings.h>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSlider;

namespace lp {
class ApiClient;
class Clock;
class ScanSettingsEditor;
struct ApiError;
} // namespace lp

namespace lp::ui {

class RegionEditor;

// Edits the pre-scan settings of a per-scan license: the barcode formats devices decode, the regions of the
// camera frame they scan, and the confidence below which a result is dropped. While the user edits, it
// tells what the allowed formats would have saved over the last 90 days. Saving shows progress; a refusal
// is shown in words and the dialog stays open with the draft.
class ScanSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    ScanSettingsDialog(ApiClient* api, const Clock* clock, const proto::License& license,
                       QWidget* parent = nullptr);

    // The settings as the form shows them now.
    proto::ScanSettings draft() const;
    ScanSettingsEditor* editor() const { return m_editor; }
    RegionEditor* regionEditor() const { return m_regions; }

    void accept() override;

signals:
    void saved();

private:
    void showSettings(const proto::ScanSettings& settings);
    void updateEstimate();
    void updateShares();
    void updateButtons();
    void onLoadFailed(const lp::ApiError& error);
    void onHistoryFailed(const lp::ApiError& error);
    void onSaveFailed(const lp::ApiError& error);
    void showError(const QString& text);

    ScanSettingsEditor* m_editor;
    ApiClient* m_api; // offline (read-only), Save waits for the server
    QMap<QString, QCheckBox*> m_formatChecks; // by wire name
    QMap<QString, QLabel*> m_formatShares;
    RegionEditor* m_regions;
    QPushButton* m_deleteRegionButton;
    QPushButton* m_wholeFrameButton;
    QSlider* m_confidenceSlider;
    QLabel* m_confidenceValue;
    QLabel* m_estimateLabel;
    QLabel* m_errorLabel;
    QProgressBar* m_busyBar;
    QDialogButtonBox* m_buttons;
    bool m_settingsLoaded = false;
    bool m_saving = false;
};

} // namespace lp::ui
