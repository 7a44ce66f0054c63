#include "ScanSettingsDialog.h"

#include "ApiClient.h"
#include "ApiError.h"
#include "BarcodeFormats.h"
#include "ChartStyle.h"
#include "PaneWidgets.h"
#include "PortalPalette.h"
#include "RegionEditor.h"
#include "ScanSettingsEditor.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSlider>
#include <QVBoxLayout>

namespace lp::ui {

namespace {
// "regions[1].right" -> "Region 2", so that a refusal names what the user sees, not a JSON path.
QString fieldLabel(const QString& path)
{
    static const QRegularExpression indexed(QStringLiteral("^(formats|regions)\\[(\\d+)\\]"));
    const QRegularExpressionMatch match = indexed.match(path);
    if (match.hasMatch()) {
        const int number = match.captured(2).toInt() + 1;
        return match.captured(1) == QLatin1String("formats")
            ? ScanSettingsDialog::tr("Format %1").arg(number)
            : ScanSettingsDialog::tr("Region %1").arg(number);
    }
    if (path.startsWith(QLatin1String("min_confidence"))) {
        return ScanSettingsDialog::tr("Minimum confidence");
    }
    if (path.startsWith(QLatin1String("regions"))) {
        return ScanSettingsDialog::tr("Scan regions");
    }
    if (path.startsWith(QLatin1String("formats"))) {
        return ScanSettingsDialog::tr("Barcode formats");
    }
    return path;
}
} // namespace

ScanSettingsDialog::ScanSettingsDialog(ApiClient* api, const Clock* clock, const proto::License& license,
                                       QWidget* parent)
    : QDialog(parent)
    , m_editor(new ScanSettingsEditor(api, clock, this))
    , m_api(api)
{
    setObjectName(QStringLiteral("scanSettingsDialog"));
    setWindowTitle(tr("Pre-scan Settings – %1").arg(license.product));

    auto* intro = new QLabel(
        tr("Devices of this key decode only the formats allowed here, only inside the scan regions, and "
           "drop results below the minimum confidence: what they do not decode does not count against the "
           "quota. Devices receive the settings at their next check-in."),
        this);
    intro->setWordWrap(true);

    auto* formatsBox = new QGroupBox(tr("Barcode formats"), this);
    auto* formatsGrid = new QGridLayout(formatsBox);
    formatsGrid->setHorizontalSpacing(8);
    formatsGrid->setVerticalSpacing(2);
    const QStringList& known = proto::ScanSettings::knownFormats();
    const int rows = int(known.size() + 1) / 2;
    for (int i = 0; i < known.size(); ++i) {
        const QString& format = known.at(i);
        auto* check = new QCheckBox(barcodeFormatName(format), formatsBox);
        check->setObjectName(QStringLiteral("format_") + format);
        auto* share = new QLabel(formatsBox);
        share->setForegroundRole(QPalette::PlaceholderText);
        share->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        share->setMinimumWidth(share->fontMetrics().horizontalAdvance(QStringLiteral("100%")) + 4);
        formatsGrid->addWidget(check, i % rows, (i / rows) * 3);
        formatsGrid->addWidget(share, i % rows, (i / rows) * 3 + 1);
        m_formatChecks.insert(format, check);
        m_formatShares.insert(format, share);
        connect(check, &QCheckBox::toggled, this, [this] {
            updateEstimate();
            updateButtons();
        });
    }
    formatsGrid->setColumnMinimumWidth(2, 16);
    auto* allButton = new QPushButton(tr("&All"), formatsBox);
    auto* noneButton = new QPushButton(tr("&None"), formatsBox);
    const auto checkAll = [this](bool on) {
        for (QCheckBox* check : std::as_const(m_formatChecks)) {
            check->setChecked(on);
        }
    };
    connect(allButton, &QPushButton::clicked, this, [checkAll] { checkAll(true); });
    connect(noneButton, &QPushButton::clicked, this, [checkAll] { checkAll(false); });
    auto* allNone = new QHBoxLayout;
    allNone->addWidget(allButton);
    allNone->addWidget(noneButton);
    allNone->addStretch(1);
    formatsGrid->addLayout(allNone, rows, 0, 1, 5);

    auto* confidenceBox = new QGroupBox(tr("Minimum confidence"), this);
    m_confidenceSlider = new QSlider(Qt::Horizontal, confidenceBox);
    m_confidenceSlider->setObjectName(QStringLiteral("confidenceSlider"));
    m_confidenceSlider->setRange(0, 100);
    m_confidenceSlider->setPageStep(10);
    m_confidenceSlider->setTickInterval(10);
    m_confidenceSlider->setTickPosition(QSlider::TicksBelow);
    m_confidenceSlider->setAccessibleName(tr("Minimum confidence"));
    m_confidenceValue = new QLabel(confidenceBox);
    m_confidenceValue->setObjectName(QStringLiteral("confidenceValueLabel"));
    m_confidenceValue->setMinimumWidth(fontMetrics().horizontalAdvance(tr("Any result")) + 8);
    m_confidenceValue->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    connect(m_confidenceSlider, &QSlider::valueChanged, this, [this](int value) {
        m_confidenceValue->setText(value == 0 ? tr("Any result") : tr("%1 of 100").arg(value));
    });
    auto* confidenceNote
        = new QLabel(tr("Results decoded with less confidence are dropped and not counted."), confidenceBox);
    confidenceNote->setWordWrap(true);
    confidenceNote->setForegroundRole(QPalette::PlaceholderText);
    auto* confidenceLayout = new QGridLayout(confidenceBox);
    confidenceLayout->addWidget(m_confidenceSlider, 0, 0);
    confidenceLayout->addWidget(m_confidenceValue, 0, 1);
    confidenceLayout->addWidget(confidenceNote, 1, 0, 1, 2);

    auto* regionsBox = new QGroupBox(tr("Scan regions"), this);
    m_regions = new RegionEditor(regionsBox);
    m_deleteRegionButton = new QPushButton(tr("&Delete Region"), regionsBox);
    m_deleteRegionButton->setObjectName(QStringLiteral("deleteRegionButton"));
    m_wholeFrameButton = new QPushButton(tr("&Whole Frame"), regionsBox);
    m_wholeFrameButton->setObjectName(QStringLiteral("wholeFrameButton"));
    m_wholeFrameButton->setToolTip(tr("Scan the whole camera frame again"));
    auto* regionHint = new QLabel(
        tr("Drag on the frame to draw up to %1 regions.").arg(proto::ScanSettings::kMaxRegions), regionsBox);
    regionHint->setForegroundRole(QPalette::PlaceholderText);
    regionHint->setWordWrap(true);
    connect(m_deleteRegionButton, &QPushButton::clicked, m_regions, &RegionEditor::removeSelected);
    connect(m_wholeFrameButton, &QPushButton::clicked, m_regions, &RegionEditor::resetToWholeFrame);
    connect(m_regions, &RegionEditor::selectionChanged, this, &ScanSettingsDialog::updateButtons);
    connect(m_regions, &RegionEditor::regionsChanged, this, &ScanSettingsDialog::updateButtons);
    connect(m_regions, &RegionEditor::refused, this, &ScanSettingsDialog::showError);
    auto* regionButtons = new QHBoxLayout;
    regionButtons->addWidget(regionHint, 1);
    regionButtons->addWidget(m_deleteRegionButton);
    regionButtons->addWidget(m_wholeFrameButton);
    auto* regionsLayout = new QVBoxLayout(regionsBox);
    regionsLayout->addWidget(m_regions, 1);
    regionsLayout->addLayout(regionButtons);

    m_estimateLabel = new QLabel(this);
    m_estimateLabel->setObjectName(QStringLiteral("savingEstimateLabel"));
    m_estimateLabel->setWordWrap(true);
    m_estimateLabel->setMargin(10);
    m_estimateLabel->setAutoFillBackground(true);
    m_estimateLabel->setAccessibleName(tr("Estimated saving"));
    QPalette tinted = m_estimateLabel->palette();
    tinted.setColor(QPalette::Window, tint(chartAccent(palette()), palette(), 0.12));
    m_estimateLabel->setPalette(tinted);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("scanSettingsErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette red = m_errorLabel->palette();
    red.setColor(QPalette::WindowText, errorColor(palette()));
    m_errorLabel->setPalette(red);
    m_errorLabel->setVisible(false);

    m_busyBar
        = makeBusyBar(this, QStringLiteral("scanSettingsBusyBar"), tr("Loading or saving the settings"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveScanSettingsButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ScanSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* left = new QVBoxLayout;
    left->addWidget(formatsBox);
    left->addWidget(confidenceBox);
    left->addStretch(1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addWidget(regionsBox, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(columns, 1);
    layout->addWidget(m_estimateLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_buttons);

    connect(m_confidenceSlider, &QSlider::valueChanged, this, &ScanSettingsDialog::updateButtons);
    connect(m_editor, &ScanSettingsEditor::busyChanged, this, [this](bool busy) {
        m_busyBar->setVisible(busy);
        updateButtons();
    });
    connect(m_editor, &ScanSettingsEditor::loaded, this, [this] {
        m_settingsLoaded = true;
        showSettings(m_editor->stored());
    });
    connect(m_editor, &ScanSettingsEditor::historyLoaded, this, [this] {
        updateShares();
        updateEstimate();
    });
    connect(m_editor, &ScanSettingsEditor::saved, this, [this] {
        m_saving = false;
        emit saved();
        QDialog::accept();
    });
    connect(m_editor, &ScanSettingsEditor::loadFailed, this, &ScanSettingsDialog::onLoadFailed);
    connect(m_editor, &ScanSettingsEditor::historyFailed, this, &ScanSettingsDialog::onHistoryFailed);
    connect(m_editor, &ScanSettingsEditor::saveFailed, this, &ScanSettingsDialog::onSaveFailed);
    connect(m_api, &ApiClient::offlineChanged, this, &ScanSettingsDialog::updateButtons);

    showSettings(proto::ScanSettings::defaults());
    m_estimateLabel->setText(
        tr("Estimating the saving from the last %1 days of usage…").arg(ScanSettingsEditor::kHistoryDays));
    m_editor->load(license.id);
    m_busyBar->setVisible(m_editor->isBusy());
    updateButtons();
    resize(sizeHint().expandedTo(QSize(960, 0)));
}

proto::ScanSettings ScanSettingsDialog::draft() const
{
    proto::ScanSettings settings;
    for (const QString& format : proto::ScanSettings::knownFormats()) {
        if (m_formatChecks.value(format)->isChecked()) {
            settings.formats.append(format);
        }
    }
    settings.regions = m_regions->regions();
    settings.minConfidence = m_confidenceSlider->value();
    return settings;
}

void ScanSettingsDialog::showSettings(const proto::ScanSettings& settings)
{
    for (auto it = m_formatChecks.cbegin(); it != m_formatChecks.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setChecked(settings.allows(it.key()));
    }
    m_regions->setRegions(settings.regions);
    m_confidenceSlider->setValue(settings.minConfidence);
    emit m_confidenceSlider->valueChanged(settings.minConfidence); // the label, also when unchanged
    updateEstimate();
    updateButtons();
}

void ScanSettingsDialog::updateEstimate()
{
    if (m_editor->history().items.isEmpty()) {
        return; // still loading, or failed: the label says so
    }
    m_estimateLabel->setText(m_editor->estimate(draft()).sentence());
}

void ScanSettingsDialog::updateShares()
{
    const proto::UsageReport& history = m_editor->history();
    const qint64 total = history.total();
    for (auto it = m_formatShares.cbegin(); it != m_formatShares.cend(); ++it) {
        const qint64 scans = history.totalOf(it.key());
        const double share = total > 0 ? 100.0 * double(scans) / double(total) : 0;
        it.value()->setText(scans == 0      ? QStringLiteral("–")
                                : share < 1 ? tr("<1%")
                                            : tr("%1%").arg(std::lround(share)));
        it.value()->setToolTip(
            tr("%Ln scan(s) in the last %1 days", nullptr, int(std::min<qint64>(scans, INT_MAX)))
                .arg(ScanSettingsEditor::kHistoryDays));
    }
}

void ScanSettingsDialog::updateButtons()
{
    const bool idle = !m_editor->isBusy() && !m_saving;
    const bool anyFormat = !draft().formats.isEmpty();
    QPushButton* save = m_buttons->button(QDialogButtonBox::Save);
    const bool offline = m_api->isOffline();
    save->setEnabled(idle && m_settingsLoaded && anyFormat && !offline);
    if (offline) {
        save->setToolTip(tr("The server cannot be reached: changes are disabled until it can."));
    } else {
        save->setToolTip(anyFormat ? QString() : tr("Allow at least one barcode format."));
    }
    m_deleteRegionButton->setEnabled(m_regions->selectedIndex() >= 0);
    m_wholeFrameButton->setEnabled(!m_regions->isWholeFrame());
    for (QCheckBox* check : std::as_const(m_formatChecks)) {
        check->setEnabled(!m_saving);
    }
    m_regions->setEnabled(!m_saving);
    m_confidenceSlider->setEnabled(!m_saving);
}

void ScanSettingsDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Save)->isEnabled()) {
        return;
    }
    m_errorLabel->setVisible(false);
    m_saving = true;
    m_editor->save(draft());
    updateButtons();
}

void ScanSettingsDialog::onLoadFailed(const ApiError& error)
{
    showError(tr("The stored settings could not be loaded, so they cannot be changed now. %1")
                  .arg(error.userMessage()));
    updateButtons();
}

void ScanSettingsDialog::onHistoryFailed(const ApiError& error)
{
    // Only the estimate needs the history: the settings stay editable and can be saved.
    m_estimateLabel->setText(
        tr("The usage of the last %1 days could not be loaded, so no saving can be estimated. %2")
            .arg(QLocale().toString(ScanSettingsEditor::kHistoryDays), error.userMessage()));
    updateButtons();
}

void ScanSettingsDialog::onSaveFailed(const ApiError& error)
{
    m_saving = false;
    QString text = tr("The settings were not saved. %1").arg(error.userMessage());
    for (const proto::FieldError& field : error.fieldErrors) {
        text += QLatin1Char('\n') + tr("%1: %2").arg(fieldLabel(field.field), field.message);
    }
    showError(text);
    updateButtons();
}

void ScanSettingsDialog::showError(const QString& text)
{
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(!text.isEmpty());
}

} // namespace lp::ui
