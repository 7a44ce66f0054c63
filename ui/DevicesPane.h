#pragma once

#include "DeviceCsvExport.h"

#include <Device.h>
#include <DeviceRefreshPreview.h>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace lp {
class ApiClient;
class Clock;
class DeviceListModel;
class DeviceOverview;
class LicenseModel;
struct ApiError;
} // namespace lp

namespace lp::ui {

// The devices of a per-device license: the list (paged, searched, filtered and sorted by the server), how
// full the allowance is, what the next device refresh will release, whether this computer is registered,
// and an export of the list as shown to CSV.
class DevicesPane : public QWidget
{
    Q_OBJECT
public:
    // `api` only makes the CSV export job; the pane itself sends nothing.
    DevicesPane(LicenseModel* licenses, DeviceListModel* devices, DeviceOverview* overview, ApiClient* api,
                const Clock* clock, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    // Chooses the license with this id; false if it is not a per-device license of the account.
    bool selectLicense(const QString& licenseId);
    QString selectedLicenseId() const;
    void focusSearch();
    // Loads the list, the refresh preview and this computer's registration again.
    void reload();
    // Writes the list as shown to `path` (the Export button asks for the path first).
    void exportTo(const QString& path);
    DeviceCsvExport* runningExport() const { return m_export; }

signals:
    void message(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onLicensesChanged();
    void onLicenseChosen();
    void updateAllowance();
    void updateCount();
    void updateEmptyState();
    void showPreview(const lp::proto::DeviceRefreshPreview& preview);
    void showThisComputer(const lp::proto::Device* device);
    void showPreviewDevices();
    void copySelectedHashes();
    void chooseExportFile();
    void onLoadFailed(const lp::ApiError& error);
    void loadOverviewOnce();

    LicenseModel* m_licenses;
    DeviceListModel* m_devices;
    DeviceOverview* m_overview;
    ApiClient* m_api;
    const Clock* m_clock;

    QComboBox* m_licenseCombo;
    QLineEdit* m_searchEdit;
    QTimer* m_searchTimer;
    QComboBox* m_statusCombo;
    QLabel* m_countLabel;
    QPushButton* m_exportButton;
    QProgressBar* m_busyBar;
    QProgressBar* m_allowanceBar;
    QLabel* m_refreshLabel;
    QLabel* m_thisComputerLabel;
    QStackedWidget* m_tableStack;
    QTableView* m_table;
    QLabel* m_emptyLabel;
    QWidget* m_exportRow;
    QProgressBar* m_exportBar;
    QLabel* m_exportLabel;
    QPushButton* m_exportCancel;
    QPointer<DeviceCsvExport> m_export;
    lp::proto::DeviceRefreshPreview m_preview;
    QString m_chosenId;
    QString m_loadError;
    bool m_overviewPending = false;
};

} // namespace lp::ui
