#include "UsagePane.h"

#include "ApiError.h"
#include "BarcodeFormats.h"
#include "ChartStyle.h"
#include "Clock.h"
#include "DisplayDate.h"
#include "LicenseModel.h"
#include "PaneWidgets.h"
#include "PortalPalette.h"
#include "QuotaOverview.h"
#include "ScanSettingsDialog.h"
#include "UsageModel.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace lp::ui {

namespace {
// More bars than this do not fit a readable breakdown: the rest are summed as "Other formats".
constexpr int kMaxFormatBars = 8;
// Up to this many points a line shows its points as dots, so that single buckets can be seen and hovered.
constexpr int kMaxDottedPoints = 40;

qreal chartX(const QDate& day)
{
    // Local midnight: the date axis labels in local time, and a UTC midnight would read as the day before
    // west of Greenwich.
    return qreal(day.startOfDay().toMSecsSinceEpoch());
}

QDateTimeAxis* dateAxis(QChart* chart, const QDateTime& from, const QDateTime& to, const QString& format)
{
    auto* axis = new QDateTimeAxis(chart);
    axis->setFormat(format);
    axis->setRange(from, to);
    axis->setTickCount(std::clamp(int(from.daysTo(to)) + 1, 2, 7));
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

QValueAxis* countAxis(QChart* chart, double max, Qt::Alignment alignment = Qt::AlignLeft)
{
    auto* axis = new QValueAxis(chart);
    axis->setRange(0, std::max(1.0, max * 1.08));
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axis, alignment);
    return axis;
}

void attach(QChart* chart, QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

QLineSeries* line(const QString& objectName, const QString& name, const QPen& pen, QObject* parent)
{
    auto* series = new QLineSeries(parent);
    series->setObjectName(objectName);
    series->setName(name);
    series->setPen(pen);
    return series;
}

QString count(double value)
{
    return QLocale().toString(qint64(std::llround(value)));
}

} // namespace

UsagePane::UsagePane(LicenseModel* licenses, UsageModel* usage, QuotaOverview* quota, ApiClient* api,
                     const Clock* clock, QWidget* parent)
    : QWidget(parent)
    , m_licenses(licenses)
    , m_usage(usage)
    , m_quota(quota)
    , m_api(api)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("usagePane"));

    m_licenseCombo
        = makeLicenseCombo(this, m_licenses, LicenseChoice::All, QStringLiteral("usageLicenseCombo"));
    auto* licenseLabel = new QLabel(tr("&License:"), this);
    licenseLabel->setBuddy(m_licenseCombo);

    m_rangeCombo = new QComboBox(this);
    m_rangeCombo->setObjectName(QStringLiteral("usageRangeCombo"));
    m_rangeCombo->setAccessibleName(tr("Range"));
    m_rangeCombo->addItem(tr("Last 30 days"), int(Range::Days30));
    m_rangeCombo->addItem(tr("Last 90 days"), int(Range::Days90));
    m_rangeCombo->addItem(tr("Last 12 months"), int(Range::Months12));
    m_rangeCombo->addItem(tr("Last 18 months"), int(Range::Months18));
    m_rangeCombo->addItem(tr("Last 3 years"), int(Range::Years3));
    auto* rangeLabel = new QLabel(tr("&Range:"), this);
    rangeLabel->setBuddy(m_rangeCombo);

    m_granularityCombo = new QComboBox(this);
    m_granularityCombo->setObjectName(QStringLiteral("usageGranularityCombo"));
    m_granularityCombo->setAccessibleName(tr("Group by"));
    m_granularityCombo->addItem(tr("Day"), int(proto::UsageGranularity::Day));
    m_granularityCombo->addItem(tr("Week"), int(proto::UsageGranularity::Week));
    m_granularityCombo->addItem(tr("Month"), int(proto::UsageGranularity::Month));
    auto* granularityLabel = new QLabel(tr("Gro&up by:"), this);
    granularityLabel->setBuddy(m_granularityCombo);

    m_settingsButton = new QPushButton(tr("&Pre-scan Settings…"), this);
    m_settingsButton->setObjectName(QStringLiteral("scanSettingsButton"));
    m_settingsButton->setToolTip(
        tr("Choose which barcode formats, scan regions and minimum confidence the devices of this key use"));
    connect(m_settingsButton, &QPushButton::clicked, this, &UsagePane::openScanSettings);

    auto* toolbar = new QHBoxLayout;
    toolbar->setContentsMargins(12, 10, 12, 8);
    toolbar->addWidget(licenseLabel);
    toolbar->addWidget(m_licenseCombo);
    toolbar->addSpacing(12);
    toolbar->addWidget(rangeLabel);
    toolbar->addWidget(m_rangeCombo);
    toolbar->addSpacing(12);
    toolbar->addWidget(granularityLabel);
    toolbar->addWidget(m_granularityCombo);
    toolbar->addStretch(1);
    toolbar->addWidget(m_settingsButton);

    m_busyBar = makeBusyBar(this, QStringLiteral("usageBusyBar"), tr("Loading usage"));

    const auto chartView = [this](const char* name, const QString& accessibleName) {
        auto* view = new QChartView(this);
        view->setObjectName(QLatin1String(name));
        view->setAccessibleName(accessibleName);
        view->setRenderHint(QPainter::Antialiasing);
        view->setFrameShape(QFrame::NoFrame);
        view->setMinimumSize(320, 220);
        return view;
    };
    m_trendView = chartView("usageTrendChart", tr("Usage trend"));
    m_burnDownView = chartView("burnDownChart", tr("Quota burn-down"));
    m_allowanceView = chartView("allowanceChart", tr("Device allowance over time"));
    m_formatsView = chartView("formatChart", tr("Scans by barcode format"));

    m_burnDownLabel = new QLabel(this);
    m_burnDownLabel->setObjectName(QStringLiteral("burnDownLabel"));
    m_burnDownLabel->setWordWrap(true);
    m_burnDownLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_burnDownLabel->setContentsMargins(12, 0, 12, 10);
    // The chart and its sentence read as one card on the chart's background.
    m_burnDownBox = new QWidget(this);
    m_burnDownBox->setAutoFillBackground(true);
    m_burnDownBox->setBackgroundRole(QPalette::Base);
    auto* burnDownLayout = new QVBoxLayout(m_burnDownBox);
    burnDownLayout->setContentsMargins(0, 0, 0, 0);
    burnDownLayout->setSpacing(0);
    burnDownLayout->addWidget(m_burnDownView, 1);
    burnDownLayout->addWidget(m_burnDownLabel);

    m_noScansLabel = new QLabel(this);
    m_noScansLabel->setObjectName(QStringLiteral("usageNoScansLabel"));
    m_noScansLabel->setForegroundRole(QPalette::PlaceholderText);
    m_noScansLabel->setWordWrap(true);
    m_hoverLabel = new QLabel(tr("Point at a chart to see its values."), this);
    m_hoverLabel->setObjectName(QStringLiteral("usageHoverLabel"));
    m_hoverLabel->setForegroundRole(QPalette::PlaceholderText);

    m_chartsPage = new QWidget(this);
    auto* bottomRow = new QHBoxLayout;
    bottomRow->setSpacing(12);
    bottomRow->addWidget(m_burnDownBox, 3);
    bottomRow->addWidget(m_allowanceView, 3);
    bottomRow->addWidget(m_formatsView, 2);
    auto* pageLayout = new QVBoxLayout(m_chartsPage);
    pageLayout->setContentsMargins(12, 4, 12, 8);
    pageLayout->setSpacing(12);
    pageLayout->addWidget(m_noScansLabel);
    pageLayout->addWidget(m_trendView, 1);
    pageLayout->addLayout(bottomRow, 1);
    pageLayout->addWidget(m_hoverLabel);

    m_emptyLabel = makeEmptyStateLabel(this, QStringLiteral("usageEmptyLabel"));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_chartsPage);
    m_stack->addWidget(m_emptyLabel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(toolbar);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_stack, 1);

    setTabOrder(m_licenseCombo, m_rangeCombo);
    setTabOrder(m_rangeCombo, m_granularityCombo);
    setTabOrder(m_granularityCombo, m_settingsButton);

    setRange(Range::Days90);
    connect(m_licenseCombo, &QComboBox::currentIndexChanged, this, &UsagePane::onLicenseChosen);
    connect(m_rangeCombo, &QComboBox::currentIndexChanged, this, [this] {
        // A new range comes with its own readable granularity; one load for both changes.
        const QSignalBlocker blocker(m_granularityCombo);
        setGranularity(defaultGranularity(Range(m_rangeCombo->currentData().toInt())));
        loadUsage();
    });
    connect(m_granularityCombo, &QComboBox::currentIndexChanged, this, &UsagePane::loadUsage);
    connect(m_licenseCombo->model(), &QAbstractItemModel::modelReset, this, &UsagePane::onLicensesChanged);
    connect(m_licenseCombo->model(), &QAbstractItemModel::rowsInserted, this, &UsagePane::onLicensesChanged);
    connect(m_licenseCombo->model(), &QAbstractItemModel::rowsRemoved, this, &UsagePane::onLicensesChanged);

    connect(m_usage, &UsageModel::loadingChanged, this, &UsagePane::updateBusy);
    connect(m_usage, &UsageModel::loaded, this, [this] {
        m_usageError.clear();
        drawTrend();
        drawAllowance();
        drawFormats();
        updateState();
    });
    connect(m_usage, &UsageModel::failed, this, &UsagePane::onUsageFailed);
    connect(m_quota, &QuotaOverview::loaded, this, [this] {
        m_quotaPending = false;
        m_quotaError.clear();
        drawBurnDown();
        updateBusy();
        updateState();
    });
    connect(m_quota, &QuotaOverview::failed, this, [this](const ApiError& error) {
        m_quotaPending = false;
        m_quotaError = tr("The quota could not be loaded: %1").arg(error.userMessage());
        drawBurnDown();
        updateBusy();
        updateState();
    });
    connect(m_quota, &QuotaOverview::notPerScan, this, [this] {
        m_quotaPending = false;
        updateBusy();
        updateState();
    });
    onLicensesChanged();
}

proto::UsageGranularity UsagePane::defaultGranularity(Range range)
{
    switch (range) {
    case Range::Days30:
    case Range::Days90:
        return proto::UsageGranularity::Day;
    case Range::Months12:
        return proto::UsageGranularity::Week;
    case Range::Months18:
    case Range::Years3:
        break;
    }
    return proto::UsageGranularity::Month;
}

void UsagePane::setRange(Range range)
{
    m_rangeCombo->setCurrentIndex(m_rangeCombo->findData(int(range)));
    // The combo's signal sets the default granularity; set it here too for the first call, before connect.
    const QSignalBlocker blocker(m_granularityCombo);
    setGranularity(defaultGranularity(range));
}

void UsagePane::setGranularity(proto::UsageGranularity granularity)
{
    m_granularityCombo->setCurrentIndex(m_granularityCombo->findData(int(granularity)));
}

proto::UsageQuery UsagePane::query() const
{
    proto::UsageQuery query;
    query.to = m_clock->now().toUTC().date();
    switch (Range(m_rangeCombo->currentData().toInt())) {
    case Range::Days30:
        query.from = query.to.addDays(-29);
        break;
    case Range::Days90:
        query.from = query.to.addDays(-89);
        break;
    case Range::Months12:
        query.from = query.to.addMonths(-12).addDays(1);
        break;
    case Range::Months18:
        query.from = query.to.addMonths(-18).addDays(1);
        break;
    case Range::Years3:
        query.from = query.to.addYears(-3).addDays(1);
        break;
    }
    query.granularity = proto::UsageGranularity(m_granularityCombo->currentData().toInt());
    return query;
}

bool UsagePane::selectLicense(const QString& licenseId)
{
    return selectLicenseIn(m_licenseCombo, licenseId);
}

QString UsagePane::selectedLicenseId() const
{
    return chosenLicense().id;
}

proto::License UsagePane::chosenLicense() const
{
    const QModelIndex index
        = m_licenseCombo->model()->index(m_licenseCombo->currentIndex(), LicenseModel::Product);
    return index.data(LicenseModel::LicenseRole).value<proto::License>();
}

void UsagePane::onLicensesChanged()
{
    if (m_chosenId.isEmpty() || !selectLicense(m_chosenId)) {
        m_licenseCombo->setCurrentIndex(m_licenseCombo->count() > 0 ? 0 : -1);
    }
    onLicenseChosen();
}

void UsagePane::onLicenseChosen()
{
    const proto::License license = chosenLicense();
    m_settingsButton->setVisible(license.type == proto::LicenseType::PerScan);
    m_settingsButton->setEnabled(!license.id.isEmpty());
    if (license.id == m_chosenId) {
        return;
    }
    m_chosenId = license.id;
    reload();
}

void UsagePane::reload()
{
    // The quota period does not depend on the range: only a new license or a refresh loads it.
    m_quotaError.clear();
    m_quotaPending = !m_chosenId.isEmpty() && chosenLicense().type == proto::LicenseType::PerScan;
    if (m_quotaPending) {
        m_quota->load(m_chosenId);
    } else {
        m_quota->clear();
    }
    loadUsage();
}

void UsagePane::loadUsage()
{
    m_usageError.clear();
    if (m_chosenId.isEmpty()) {
        m_usage->clear();
    } else {
        m_usage->load(m_chosenId, query());
    }
    updateBusy();
    updateState();
}

void UsagePane::onUsageFailed(const ApiError& error)
{
    m_usageError = tr("The usage could not be loaded: %1").arg(error.userMessage());
    updateState();
}

void UsagePane::updateBusy()
{
    m_busyBar->setVisible(m_usage->isLoading() || m_quotaPending);
}

void UsagePane::updateState()
{
    const proto::UsageReport& report = m_usage->report();
    const bool current = m_usage->licenseId() == m_chosenId && !m_chosenId.isEmpty();
    const bool hasScans = current && report.total() > 0;
    const bool hasDevices = current && report.deviceAllowance.has_value();
    const bool perScan = chosenLicense().type == proto::LicenseType::PerScan;
    const bool hasQuota
        = perScan && m_quota->licenseId() == m_chosenId && (m_quota->status() || !m_quotaError.isEmpty());

    QString empty;
    if (m_licenseCombo->count() == 0) {
        empty = tr("This account has no license keys.");
    } else if (!m_usageError.isEmpty()) {
        empty = m_usageError;
    } else if (!hasScans && !hasDevices && !hasQuota) {
        empty = m_usage->isLoading() || m_quotaPending
            ? tr("Loading usage…")
            : tr("No scans were reported under this license in the chosen range.");
    }
    m_emptyLabel->setText(empty);
    m_stack->setCurrentWidget(empty.isEmpty() ? m_chartsPage : static_cast<QWidget*>(m_emptyLabel));

    m_trendView->setVisible(hasScans);
    m_formatsView->setVisible(hasScans);
    m_noScansLabel->setVisible(!hasScans);
    m_noScansLabel->setText(tr("No scans were reported under this license in the chosen range."));
    m_burnDownBox->setVisible(hasQuota);
    m_allowanceView->setVisible(hasDevices);
}

void UsagePane::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        redraw();
    }
}

UsagePane::~UsagePane()
{
    // Each chart goes before its view. Left to the view's scene, a chart drawn while the pane was hidden
    // (a quota that arrived after the user switched panes) crashed in ~QLegendMarker (Qt Charts 6.4.2).
    for (QChartView* view : {m_trendView, m_burnDownView, m_allowanceView, m_formatsView}) {
        delete view->chart();
    }
}

void UsagePane::redraw()
{
    drawTrend();
    drawBurnDown();
    drawAllowance();
    drawFormats();
    updateState();
}

QChart* UsagePane::newChart(QChartView* view, const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    QFont titleFont = font();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(font());
    // The view around the chart in the chart's colour: each chart then reads as one card.
    view->setBackgroundBrush(palette().color(QPalette::Base));
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
    return chart;
}

void UsagePane::showHover(const QString& text)
{
    m_hoverLabel->setText(text);
    QToolTip::showText(QCursor::pos(), text, this);
}

void UsagePane::drawTrend()
{
    const proto::UsageReport& report = m_usage->report();
    static const QMap<proto::UsageGranularity, const char*> titles {
        {proto::UsageGranularity::Day, QT_TR_NOOP("Scans per day")},
        {proto::UsageGranularity::Week, QT_TR_NOOP("Scans per week")},
        {proto::UsageGranularity::Month, QT_TR_NOOP("Scans per month")},
    };
    QChart* chart = newChart(m_trendView, tr(titles.value(report.granularity)));
    chart->legend()->setVisible(false);
    if (report.items.isEmpty()) {
        return;
    }
    const QColor accent = chartAccent(palette());
    auto* upper = new QLineSeries(chart);
    double max = 0;
    for (const proto::UsageBucket& bucket : report.items) {
        upper->append(chartX(bucket.start), double(bucket.total));
        max = std::max(max, double(bucket.total));
    }
    auto* area = new QAreaSeries(upper);
    area->setObjectName(QStringLiteral("usageTrendSeries"));
    area->setName(tr("Scans"));
    QColor fill = accent;
    fill.setAlphaF(0.22);
    area->setBrush(fill);
    area->setPen(QPen(accent, 2));
    auto* marker = new QScatterSeries(chart);
    marker->setMarkerSize(9);
    marker->setColor(accent);
    marker->setBorderColor(palette().color(QPalette::Base));

    const QDateTime first = report.items.first().start.startOfDay();
    const QDateTime last = report.items.last().start.startOfDay();
    const bool monthly = report.granularity == proto::UsageGranularity::Month || first.daysTo(last) > 400;
    auto* x = dateAxis(chart, first, last, monthly ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));
    auto* y = countAxis(chart, max);
    attach(chart, area, x, y);
    attach(chart, marker, x, y);
    styleChart(chart, palette());

    const auto granularity = report.granularity;
    const QList<proto::UsageBucket> items = report.items;
    connect(
        area, &QAreaSeries::hovered, this, [this, marker, items, granularity](const QPointF& at, bool on) {
            marker->clear();
            if (!on) {
                return;
            }
            // The bucket nearest to the pointer.
            const auto next
                = std::lower_bound(items.begin(), items.end(), at.x(),
                                   [](const proto::UsageBucket& b, qreal v) { return chartX(b.start) < v; });
            auto nearest = next == items.end() ? std::prev(next) : next;
            if (next != items.begin() && next != items.end()
                && at.x() - chartX(std::prev(next)->start) < chartX(next->start) - at.x()) {
                nearest = std::prev(next);
            }
            marker->append(chartX(nearest->start), double(nearest->total));
            //: Hovering the usage trend: bucket, then the number of scans in it
            showHover(tr("%1: %Ln scan(s)", nullptr, int(std::min<qint64>(nearest->total, INT_MAX)))
                          .arg(UsageModel::bucketLabel(nearest->start, granularity)));
        });
}

void UsagePane::drawBurnDown()
{
    const BurnDown burnDown = m_quota->burnDown();
    const auto status = m_quota->status();
    QChart* chart = newChart(m_burnDownView, tr("Current quota period"));
    m_burnDownView->setVisible(status.has_value());
    if (!status || burnDown.actual.isEmpty()) {
        m_burnDownLabel->setText(m_quotaError);
        QPalette red = m_burnDownLabel->palette();
        red.setColor(QPalette::WindowText, errorColor(palette()));
        m_burnDownLabel->setPalette(red);
        return;
    }
    m_burnDownLabel->setPalette(QPalette());
    const QPalette& pal = palette();
    const QColor accent = chartAccent(pal);
    const bool ended = burnDown.periodEnd <= m_clock->now();
    chart->setTitle((ended ? tr("Last quota period %1 – %2") : tr("Quota period %1 – %2"))
                        .arg(displayDate(burnDown.periodStart), displayDate(burnDown.periodEnd)));

    const auto toSeries = [](QLineSeries* series, const QList<BurnDownPoint>& points) {
        for (const BurnDownPoint& point : points) {
            series->append(qreal(point.at.toMSecsSinceEpoch()), point.used);
        }
    };
    auto* actual = line(QStringLiteral("burnDownActual"), tr("Used"), QPen(accent, 2.5), chart);
    toSeries(actual, burnDown.actual);
    // A period that has ended, or a quota used up, has no forecast: no series, so no legend entry either.
    QLineSeries* forecast = nullptr;
    if (!burnDown.forecast.isEmpty()) {
        // Lighter as well as dashed, so that the legend tells it from the scans used.
        const QPen dashed(tint(accent, pal, 0.6), 2, Qt::DashLine);
        forecast = line(QStringLiteral("burnDownForecast"), tr("Forecast"), dashed, chart);
        toSeries(forecast, burnDown.forecast);
    }
    const QColor limitColor = errorColor(pal);
    auto* quota = line(QStringLiteral("burnDownQuota"), tr("Quota"), QPen(limitColor, 1.5), chart);
    quota->append(qreal(burnDown.periodStart.toMSecsSinceEpoch()), double(burnDown.quota));
    quota->append(qreal(burnDown.periodEnd.toMSecsSinceEpoch()), double(burnDown.quota));

    double max = double(burnDown.quota);
    for (const auto* points : {&burnDown.actual, &burnDown.forecast}) {
        for (const BurnDownPoint& point : *points) {
            max = std::max(max, point.used);
        }
    }
    const bool annual = burnDown.periodStart.daysTo(burnDown.periodEnd) > 62;
    auto* x = dateAxis(chart, burnDown.periodStart, burnDown.periodEnd,
                       annual ? QStringLiteral("MMM") : QStringLiteral("d MMM"));
    auto* y = countAxis(chart, max);
    for (QLineSeries* series : {quota, actual, forecast}) {
        if (series) {
            attach(chart, series, x, y);
        }
    }
    if (burnDown.exhaustedAt) {
        auto* runOut = new QScatterSeries(chart);
        runOut->setObjectName(QStringLiteral("burnDownRunOut"));
        runOut->setName(tr("Runs out"));
        runOut->setMarkerSize(10);
        runOut->setColor(limitColor);
        runOut->setBorderColor(pal.color(QPalette::Base));
        runOut->append(qreal(burnDown.exhaustedAt->toMSecsSinceEpoch()), double(burnDown.quota));
        attach(chart, runOut, x, y);
    }
    styleChart(chart, pal);

    for (QLineSeries* series : {actual, forecast}) {
        if (!series) {
            continue;
        }
        const bool isForecast = series == forecast;
        connect(series, &QLineSeries::hovered, this, [this, isForecast](const QPointF& at, bool on) {
            if (!on) {
                return;
            }
            const QString day = displayDate(QDateTime::fromMSecsSinceEpoch(qint64(at.x())));
            showHover(isForecast ? tr("Forecast for %1: %2 scans used").arg(day, count(at.y()))
                                 : tr("%1: %2 scans used").arg(day, count(at.y())));
        });
    }
    connect(quota, &QLineSeries::hovered, this, [this, burnDown](const QPointF&, bool on) {
        if (on) {
            showHover(tr("Quota: %1 scans this period").arg(count(double(burnDown.quota))));
        }
    });

    const qint64 used = qint64(std::llround(burnDown.actual.last().used));
    const int percent
        = burnDown.quota > 0 ? int(std::lround(100.0 * double(used) / double(burnDown.quota))) : 0;
    QString text = tr("%1 of %2 scans used (%3%).")
                       .arg(count(double(used)), count(double(burnDown.quota)))
                       .arg(percent);
    const QString end = displayDate(burnDown.periodEnd);
    QString outlook;
    if (ended) {
        // An expired key's last period: what lapsed has lapsed.
        outlook = burnDown.lapsing > 0 ? tr("The period ended on %1; its %2 unused credits lapsed.")
                                             .arg(end, count(double(burnDown.lapsing)))
                                       : tr("The period ended on %1.").arg(end);
    } else if (burnDown.isExhausted()) {
        outlook = tr("The quota is used up; the next period starts on %1 with the full quota.").arg(end);
    } else if (burnDown.exhaustedAt) {
        outlook
            = tr("At the current rate of about %1 scans a day, the quota runs out on %2, before the period "
                 "ends on %3.")
                  .arg(count(status->dailyRate), displayDate(*burnDown.exhaustedAt), end);
    } else if (burnDown.lapsing > 0) {
        outlook = tr("At the current rate, %1 credits will lapse on %2: unused credits do not roll over.")
                      .arg(count(double(burnDown.lapsing)), end);
    } else {
        outlook = tr("At the current rate, the quota lasts until the period ends on %1.").arg(end);
    }
    text += QLatin1Char(' ') + outlook;
    m_burnDownLabel->setText(text);
}

void UsagePane::drawAllowance()
{
    const proto::UsageReport& report = m_usage->report();
    QChart* chart = newChart(m_allowanceView, tr("Devices in use"));
    if (!report.deviceAllowance || report.items.isEmpty()) {
        return;
    }
    const QPalette& pal = palette();
    auto* devices
        = line(QStringLiteral("allowanceSeries"), tr("Devices in use"), QPen(chartAccent(pal), 2.5), chart);
    double max = double(*report.deviceAllowance);
    for (const proto::UsageBucket& bucket : report.items) {
        if (bucket.devicesInUse) {
            devices->append(chartX(bucket.start), double(*bucket.devicesInUse));
            max = std::max(max, double(*bucket.devicesInUse));
        }
    }
    devices->setPointsVisible(devices->count() <= kMaxDottedPoints);
    const QColor limitColor = statusColor(LicenseModel::StatusKind::Expiring, pal);
    auto* allowance = line(QStringLiteral("allowanceLimit"),
                           tr("Allowance (%1)").arg(count(double(*report.deviceAllowance))),
                           QPen(limitColor, 1.5, Qt::DashLine), chart);
    const QDateTime first = report.items.first().start.startOfDay();
    const QDateTime last = report.items.last().start.startOfDay();
    allowance->append(qreal(first.toMSecsSinceEpoch()), double(*report.deviceAllowance));
    allowance->append(qreal(last.toMSecsSinceEpoch()), double(*report.deviceAllowance));
    const bool monthly = report.granularity == proto::UsageGranularity::Month || first.daysTo(last) > 400;
    auto* x = dateAxis(chart, first, last, monthly ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));
    auto* y = countAxis(chart, max);
    attach(chart, allowance, x, y);
    attach(chart, devices, x, y);
    styleChart(chart, pal);

    const qint64 limit = *report.deviceAllowance;
    const auto granularity = report.granularity;
    connect(devices, &QLineSeries::hovered, this, [this, limit, granularity](const QPointF& at, bool on) {
        if (on) {
            const QDate day = QDateTime::fromMSecsSinceEpoch(qint64(at.x())).date();
            showHover(tr("%1: %2 of %3 devices in use")
                          .arg(UsageModel::bucketLabel(proto::UsageQuery::bucketStart(day, granularity),
                                                       granularity),
                               count(at.y()), count(double(limit))));
        }
    });
}

void UsagePane::drawFormats()
{
    const proto::UsageReport& report = m_usage->report();
    QChart* chart = newChart(m_formatsView, tr("Scans by barcode format"));
    chart->legend()->setVisible(false);
    const qint64 total = report.total();
    if (total <= 0) {
        return;
    }
    QList<QPair<QString, qint64>> shares;
    qint64 other = 0;
    for (qsizetype i = 0; i < report.formats.size(); ++i) {
        const qint64 scans = report.totalOf(report.formats.at(i));
        if (i < kMaxFormatBars - 1 || report.formats.size() == kMaxFormatBars) {
            shares.append({barcodeFormatName(report.formats.at(i)), scans});
        } else {
            other += scans;
        }
    }
    if (other > 0) {
        shares.append({tr("Other formats"), other});
    }
    // Horizontal bars grow upwards: the most scanned goes last, to be drawn on top.
    std::reverse(shares.begin(), shares.end());
    auto* set = new QBarSet(tr("Scans"), chart);
    set->setObjectName(QStringLiteral("formatBarSet"));
    set->setColor(chartAccent(palette()));
    set->setBorderColor(chartAccent(palette()));
    QStringList categories;
    QList<QString> hoverTexts;
    double max = 0;
    for (const auto& [name, scans] : shares) {
        const double share = 100.0 * double(scans) / double(total);
        const QString percent = share > 0 && share < 1 ? tr("<1%") : tr("%1%").arg(std::lround(share));
        //: A bar's label in the per-format breakdown: format name and its share of the scans
        categories << tr("%1  %2").arg(name, percent);
        hoverTexts << tr("%1: %2 scans (%3)").arg(name, count(double(scans)), percent);
        set->append(double(scans));
        max = std::max(max, double(scans));
    }
    auto* series = new QHorizontalBarSeries(chart);
    series->setObjectName(QStringLiteral("formatSeries"));
    series->setBarWidth(0.6);
    series->append(set);
    auto* y = new QBarCategoryAxis(chart);
    y->setObjectName(QStringLiteral("formatAxis"));
    y->append(categories);
    chart->addAxis(y, Qt::AlignLeft);
    auto* x = countAxis(chart, max, Qt::AlignBottom);
    x->setTickCount(3);
    attach(chart, series, x, y);
    styleChart(chart, palette());
    connect(set, &QBarSet::hovered, this, [this, hoverTexts](bool on, int index) {
        if (on && index >= 0 && index < hoverTexts.size()) {
            showHover(hoverTexts.at(index));
        }
    });
}

void UsagePane::openScanSettings()
{
    const proto::License license = chosenLicense();
    if (license.type != proto::LicenseType::PerScan) {
        return;
    }
    auto* dialog = new ScanSettingsDialog(m_api, m_clock, license, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ScanSettingsDialog::saved, this, [this, product = license.product] {
        emit message(
            tr("Pre-scan settings of %1 saved. Devices get them at their next check-in.").arg(product));
    });
    dialog->open();
}

} // namespace lp::ui
