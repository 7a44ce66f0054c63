#pragma once

#include <License.h>
#include <QWidget>
#include <UsageQuery.h>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
QT_END_NAMESPACE

namespace lp {
class ApiClient;
class Clock;
class LicenseModel;
class QuotaOverview;
class UsageModel;
struct ApiError;
} // namespace lp

namespace lp::ui {

// Scan usage and quota of one license, as charts: the usage trend over a chosen range by day, week or
// month; for a per-scan key the current period's burn-down with its forecast (when the quota runs out, or
// how many credits will lapse at the period end, since nothing rolls over); the share of each barcode
// format; for a per-device key the seats in use against the allowance. Hovering a point tells its value.
// The charts take their colours from the palette, light or dark.
class UsagePane : public QWidget
{
    Q_OBJECT
public:
    // The ranges offered, newest day included; each has a granularity that gives a readable number of
    // points.
    enum class Range { Days30, Days90, Months12, Months18, Years3 };
    Q_ENUM(Range)

    // `api` and `clock` only go to the pre-scan settings dialog; the pane loads through the two models.
    UsagePane(LicenseModel* licenses, UsageModel* usage, QuotaOverview* quota, ApiClient* api,
              const Clock* clock, QWidget* parent = nullptr);
    ~UsagePane() override;

    // Chooses the license with this id; false if the account has no such license.
    bool selectLicense(const QString& licenseId);
    QString selectedLicenseId() const;
    void setRange(Range range);
    void setGranularity(proto::UsageGranularity granularity);
    // The query the chosen range and granularity make, ending today (the clock's UTC date).
    proto::UsageQuery query() const;
    static proto::UsageGranularity defaultGranularity(Range range);

    // Loads usage and quota of the chosen license again.
    void reload();
    // Rebuilds every chart from the models (also on a palette change); public for the redraw benchmark.
    void redraw();
    void openScanSettings();

signals:
    void message(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void onLicensesChanged();
    void onLicenseChosen();
    void loadUsage();
    void onUsageFailed(const lp::ApiError& error);
    void updateBusy();
    void updateState();
    void drawTrend();
    void drawBurnDown();
    void drawAllowance();
    void drawFormats();
    void showHover(const QString& text);
    QChart* newChart(QChartView* view, const QString& title);
    proto::License chosenLicense() const;

    LicenseModel* m_licenses;
    UsageModel* m_usage;
    QuotaOverview* m_quota;
    ApiClient* m_api;
    const Clock* m_clock;

    QComboBox* m_licenseCombo;
    QComboBox* m_rangeCombo;
    QComboBox* m_granularityCombo;
    QPushButton* m_settingsButton;
    QProgressBar* m_busyBar;
    QStackedWidget* m_stack;
    QWidget* m_chartsPage;
    QLabel* m_emptyLabel;
    QChartView* m_trendView;
    QChartView* m_burnDownView;
    QChartView* m_allowanceView;
    QChartView* m_formatsView;
    QWidget* m_burnDownBox;
    QLabel* m_burnDownLabel;
    QLabel* m_noScansLabel;
    QLabel* m_hoverLabel;
    QString m_chosenId;
    QString m_usageError;
    QString m_quotaError;
    bool m_quotaPending = false;
};

} // namespace lp::ui
