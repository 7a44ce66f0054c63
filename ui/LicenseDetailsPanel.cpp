#include "LicenseDetailsPanel.h"

#include "ApiError.h"
#include "CheckoutEntryButtons.h"
#include "Clock.h"
#include "DisplayDate.h"
#include "Icons.h"
#include "LicenseService.h"
#include "PortalPalette.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedLayout>
#include <QTimer>
#include <QVBoxLayout>

namespace lp::ui {

namespace {
QByteArray digestOf(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

QLabel* valueLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // No word wrap: wrapped labels in form rows that come and go get their height wrong.
    return label;
}

QWidget* gaugeRow(QWidget* parent, QProgressBar* bar, QLabel* label)
{
    auto* row = new QWidget(parent);
    auto* layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 2, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(label);
    layout->addWidget(bar);
    return row;
}

QProgressBar* gauge(QWidget* parent, const QString& objectName)
{
    auto* bar = new QProgressBar(parent);
    bar->setObjectName(objectName);
    bar->setRange(0, 1000);
    bar->setTextVisible(false);
    bar->setFixedHeight(8);
    return bar;
}
} // namespace

LicenseDetailsPanel::LicenseDetailsPanel(LicenseService* service, const Clock* clock, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("licenseDetails"));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    auto* placeholder = new QLabel(tr("Select a license key to see its details."), this);
    placeholder->setObjectName(QStringLiteral("detailsPlaceholder"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setForegroundRole(QPalette::PlaceholderText);

    auto* page = new QWidget(this);
    m_productLabel = new QLabel(page);
    m_productLabel->setObjectName(QStringLiteral("productLabel"));
    m_productLabel->setWordWrap(true);
    m_productLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont productFont = m_productLabel->font();
    productFont.setPointSizeF(productFont.pointSizeF() * 1.5);
    productFont.setBold(true);
    m_productLabel->setFont(productFont);
    m_typeLabel = new QLabel(page);
    m_typeLabel->setObjectName(QStringLiteral("typeLabel"));
    m_typeLabel->setForegroundRole(QPalette::PlaceholderText);
    m_statusLabel = new QLabel(page);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setTextFormat(Qt::RichText);

    m_handshakeLabel = valueLabel(page, QStringLiteral("handshakeCodeLabel"));
    m_handshakeLabel->setFont(mono);
    m_handshakeLabel->setWordWrap(false);
    m_handshakeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_handshakeLabel->setFocusPolicy(Qt::StrongFocus);
    m_handshakeLabel->setToolTip(
        tr("The public identity of this key. It never changes, also not on renewal."));
    m_copyHandshakeButton
        = new QPushButton(portalIcon(QStringLiteral("copy"), QStyle::SP_CustomBase), tr("Copy"), page);
    m_copyHandshakeButton->setObjectName(QStringLiteral("copyHandshakeButton"));
    m_copyHandshakeButton->setToolTip(tr("Copy the handshake code to the clipboard"));
    m_copyHandshakeButton->setAccessibleName(tr("Copy handshake code"));

    m_keyLabel = new QLabel(page);
    m_keyLabel->setObjectName(QStringLiteral("licenseKeyLabel"));
    m_keyLabel->setFont(mono);
    m_keyLabel->setToolTip(tr("The runtime license key is a secret and is never shown in full."));
    m_copyKeyButton
        = new QPushButton(portalIcon(QStringLiteral("key"), QStyle::SP_CustomBase), tr("Copy key"), page);
    m_copyKeyButton->setObjectName(QStringLiteral("copyKeyButton"));
    m_copyKeyButton->setToolTip(
        tr("Copy the full runtime license key to the clipboard for %n seconds", nullptr, kClipboardSeconds));

    const auto rowWith = [page](QLabel* label, QPushButton* button) {
        auto* row = new QWidget(page);
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(8);
        layout->addWidget(label, 1);
        layout->addWidget(button, 0);
        return row;
    };

    m_feedbackLabel = new QLabel(page);
    m_feedbackLabel->setObjectName(QStringLiteral("copyFeedbackLabel"));
    m_feedbackLabel->setWordWrap(true);
    m_feedbackLabel->setVisible(false);

    m_termStartLabel = valueLabel(page, QStringLiteral("termStartLabel"));
    m_termEndLabel = valueLabel(page, QStringLiteral("termEndLabel"));
    m_devicesGauge = gauge(page, QStringLiteral("devicesGauge"));
    m_devicesLabel = valueLabel(page, QStringLiteral("devicesLabel"));
    m_devicesRow = gaugeRow(page, m_devicesGauge, m_devicesLabel);
    m_cadenceLabel = valueLabel(page, QStringLiteral("refreshCadenceLabel"));
    m_nextRefreshLabel = valueLabel(page, QStringLiteral("nextRefreshLabel"));
    m_nextRefreshLabel->setToolTip(
        tr("Devices that have not checked in since the last refresh stop counting against the allowance."));
    m_scansGauge = gauge(page, QStringLiteral("scansGauge"));
    m_scansLabel = valueLabel(page, QStringLiteral("scansLabel"));
    m_scansRow = gaugeRow(page, m_scansGauge, m_scansLabel);
    m_periodLabel = valueLabel(page, QStringLiteral("quotaPeriodLabel"));

    // Three columns side by side: the panel sits below the table and has width to spare, not height.
    auto* identity = newForm();
    addSection(identity, tr("Identification"));
    identity->addRow(tr("Handshake code:"), rowWith(m_handshakeLabel, m_copyHandshakeButton));
    identity->addRow(tr("License key:"), rowWith(m_keyLabel, m_copyKeyButton));
    identity->addRow(m_feedbackLabel);
    auto* term = newForm();
    addSection(term, tr("Term"));
    term->addRow(tr("Starts:"), m_termStartLabel);
    term->addRow(tr("Ends:"), m_termEndLabel);
    m_usageForm = newForm();
    m_usageSection = addSection(m_usageForm, QString());
    m_usageForm->addRow(tr("In use:"), m_devicesRow);
    m_usageForm->addRow(tr("Device refresh:"), m_cadenceLabel);
    m_usageForm->addRow(tr("Next refresh:"), m_nextRefreshLabel);
    m_usageForm->addRow(tr("Used:"), m_scansRow);
    m_usageForm->addRow(tr("Quota period:"), m_periodLabel);
    m_lapseNote = new QLabel(tr("Unused scans do not carry over."), page);
    m_lapseNote->setObjectName(QStringLiteral("quotaLapseNote"));
    m_lapseNote->setForegroundRole(QPalette::PlaceholderText);
    m_usageForm->addRow(QString(), m_lapseNote);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(24);
    columns->addLayout(identity, 4);
    columns->addLayout(term, 3);
    columns->addLayout(m_usageForm, 5);

    auto* titleRow = new QHBoxLayout;
    titleRow->setSpacing(14);
    titleRow->addWidget(m_typeLabel);
    titleRow->addWidget(m_statusLabel);
    titleRow->addStretch(1);
    m_checkoutButtons = new CheckoutEntryButtons(page);
    connect(m_checkoutButtons, &CheckoutEntryButtons::checkoutRequested, this,
            &LicenseDetailsPanel::checkoutRequested);
    titleRow->addWidget(m_checkoutButtons);

    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(20, 14, 20, 14);
    pageLayout->setSpacing(2);
    pageLayout->addWidget(m_productLabel);
    pageLayout->addLayout(titleRow);
    pageLayout->addSpacing(4);
    pageLayout->addLayout(columns);
    pageLayout->addStretch(1);

    m_stack = new QStackedLayout(this);
    m_stack->addWidget(placeholder);
    m_stack->addWidget(page);

    m_clipboardTimer = new QTimer(this);
    m_clipboardTimer->setSingleShot(true);
    m_clipboardTimer->setInterval(kClipboardSeconds * 1000);
    connect(m_clipboardTimer, &QTimer::timeout, this, &LicenseDetailsPanel::forgetCopiedKeyIfStillThere);
    m_feedbackTimer = new QTimer(this);
    m_feedbackTimer->setSingleShot(true);
    m_feedbackTimer->setInterval(8000);
    connect(m_feedbackTimer, &QTimer::timeout, m_feedbackLabel, &QLabel::hide);

    connect(m_copyHandshakeButton, &QPushButton::clicked, this, &LicenseDetailsPanel::copyHandshakeCode);
    connect(m_copyKeyButton, &QPushButton::clicked, this, &LicenseDetailsPanel::copyKey);
    clear();
}

LicenseDetailsPanel::~LicenseDetailsPanel()
{
    // Quitting must not leave the secret behind on the clipboard.
    forgetCopiedKeyIfStillThere();
}

QFormLayout* LicenseDetailsPanel::newForm()
{
    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setHorizontalSpacing(14);
    form->setVerticalSpacing(8);
    return form;
}

QLabel* LicenseDetailsPanel::addSection(QFormLayout* form, const QString& title)
{
    auto* label = new QLabel(title, this);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 10, 0, 2);
    form->addRow(label);
    return label;
}

void LicenseDetailsPanel::clear()
{
    m_license = {};
    m_hasLicense = false;
    m_feedbackLabel->hide();
    m_checkoutButtons->clear();
    m_stack->setCurrentIndex(0);
}

QString LicenseDetailsPanel::formatDate(const QDateTime& when) const
{
    if (!when.isValid()) {
        return tr("—");
    }
    // The same format as the table's, so that a date reads alike in both places.
    return displayDate(when);
}

QString LicenseDetailsPanel::formatDateFromNow(const QDateTime& when) const
{
    if (!when.isValid()) {
        return tr("—");
    }
    const qint64 days = m_clock->now().toLocalTime().date().daysTo(when.toLocalTime().date());
    QString relative;
    if (days == 0) {
        relative = tr("today");
    } else if (days > 0) {
        relative = tr("in %n day(s)", nullptr, static_cast<int>(days));
    } else {
        relative = tr("%n day(s) ago", nullptr, static_cast<int>(-days));
    }
    //: %1 is a date, %2 a relative time such as "in 12 days"
    return tr("%1 (%2)").arg(formatDate(when), relative);
}

void LicenseDetailsPanel::setGauge(QProgressBar* bar, qint64 used, qint64 total)
{
    const qint64 clamped = qBound<qint64>(0, used, qMax<qint64>(total, 0));
    bar->setValue(total > 0 ? static_cast<int>(clamped * 1000 / total) : 0);
    // Amber once nearly full: that is when the customer should act, not when it is too late.
    const bool nearlyFull = total > 0 && used * 10 >= total * 9;
    QPalette palette = bar->parentWidget()->palette();
    palette.setColor(
        QPalette::Highlight,
        statusColor(nearlyFull ? LicenseModel::StatusKind::Expiring : LicenseModel::StatusKind::Active,
                    palette));
    bar->setPalette(palette);
}

void LicenseDetailsPanel::setOffline(bool offline)
{
    m_checkoutButtons->setOffline(offline);
}

void LicenseDetailsPanel::setLicense(const proto::License& license, const QString& statusText,
                                     LicenseModel::StatusKind kind)
{
    if (license.id != m_license.id) {
        m_feedbackLabel->hide();
    }
    m_license = license;
    m_hasLicense = true;
    const QLocale locale;
    const bool perDevice = license.type == proto::LicenseType::PerDevice;

    m_productLabel->setText(license.product);
    m_typeLabel->setText(perDevice ? tr("Per-device license") : tr("Per-scan license"));
    m_statusLabel->setText(
        QStringLiteral("<span style=\"color:%1; font-size:large\">&#x25CF;</span>&nbsp;<b>%2</b>")
            .arg(statusColor(kind, palette()).name(), statusText.toHtmlEscaped()));
    m_statusLabel->setAccessibleName(statusText);
    m_handshakeLabel->setText(license.handshakeCode);
    // The list answer carries the key masked already; mask again in case it ever does not.
    const QString masked = license.licenseKey.contains(QChar(0x2022))
        ? license.licenseKey
        : proto::maskLicenseKey(license.licenseKey);
    m_keyLabel->setText(masked);
    m_copyKeyButton->setEnabled(true);
    m_termStartLabel->setText(formatDate(license.termStart));
    m_termEndLabel->setText(formatDateFromNow(license.termEnd));

    m_usageSection->setText(perDevice ? tr("Devices") : tr("Scans"));
    m_usageForm->setRowVisible(m_devicesRow, perDevice);
    m_usageForm->setRowVisible(m_cadenceLabel, perDevice);
    m_usageForm->setRowVisible(m_nextRefreshLabel, perDevice);
    if (perDevice) {
        const qint64 allowance = license.deviceAllowance.value_or(0);
        const qint64 inUse = license.devicesInUse.value_or(0);
        setGauge(m_devicesGauge, inUse, allowance);
        m_devicesLabel->setText(
            tr("%1 of %n device(s)", nullptr, static_cast<int>(allowance)).arg(locale.toString(inUse)));
        m_devicesGauge->setAccessibleName(m_devicesLabel->text());
        const int months = license.deviceRefreshMonths.value_or(12);
        m_cadenceLabel->setText(months == 12 ? tr("Once a year") : tr("Every %n month(s)", nullptr, months));
        m_nextRefreshLabel->setText(license.nextDeviceRefresh ? formatDateFromNow(*license.nextDeviceRefresh)
                                                              : tr("—"));
    }

    const bool perScan = !perDevice;
    m_usageForm->setRowVisible(m_scansRow, perScan);
    m_usageForm->setRowVisible(m_periodLabel, perScan);
    m_usageForm->setRowVisible(m_lapseNote, perScan);
    if (perScan) {
        const qint64 quota = license.scanQuota.value_or(0);
        const qint64 used = license.scansUsed.value_or(0);
        setGauge(m_scansGauge, used, quota);
        const bool monthly
            = license.quotaPeriod.value_or(proto::QuotaPeriod::Monthly) == proto::QuotaPeriod::Monthly;
        m_scansLabel->setText(tr("%1 of %2 scans").arg(locale.toString(used), locale.toString(quota)));
        m_scansGauge->setAccessibleName(m_scansLabel->text());
        m_periodLabel->setText(monthly ? tr("Monthly") : tr("Yearly"));
        m_periodLabel->setToolTip(tr("Unused scans do not carry over into the next period."));
    }
    m_checkoutButtons->setLicense(license);
    m_stack->setCurrentIndex(1);
}

void LicenseDetailsPanel::copyHandshakeCode()
{
    if (!m_hasLicense) {
        return;
    }
    QGuiApplication::clipboard()->setText(m_license.handshakeCode);
    showFeedback(tr("Handshake code copied."));
}

void LicenseDetailsPanel::copyKey()
{
    if (!m_hasLicense) {
        return;
    }
    m_copyKeyButton->setEnabled(false);
    const QString id = m_license.id;
    m_service->revealKey(id, this, [this, id](const QString& key, const ApiError& error) {
        m_copyKeyButton->setEnabled(m_hasLicense);
        if (error.kind == ApiError::Kind::Cancelled) {
            return;
        }
        if (!m_hasLicense || m_license.id != id) {
            return; // another key is shown now: copying this one would surprise the user
        }
        if (key.isEmpty()) {
            showFeedback(error.isError()
                             ? tr("The license key could not be copied: %1").arg(error.userMessage())
                             : tr("The license key could not be copied."),
                         true);
            return;
        }
        auto* mime = new QMimeData;
        mime->setText(key);
        // Asks clipboard managers (KDE Klipper and others honouring the hint) not to keep a history copy.
        mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
        QGuiApplication::clipboard()->setMimeData(mime);
        m_copiedKeyDigest = digestOf(key);
        m_clipboardTimer->start();
        const QString text = tr("License key copied. It is removed from the clipboard in %n second(s).",
                                nullptr, kClipboardSeconds);
        showFeedback(text);
        emit message(tr("License key copied"));
    });
}

void LicenseDetailsPanel::forgetCopiedKeyIfStillThere()
{
    if (m_copiedKeyDigest.isEmpty()) {
        return;
    }
    QClipboard* clipboard = QGuiApplication::clipboard();
    // Only clear our own copy: the user may have copied something else meanwhile.
    if (clipboard && digestOf(clipboard->text()) == m_copiedKeyDigest) {
        clipboard->clear();
    }
    m_copiedKeyDigest.clear();
}

void LicenseDetailsPanel::showFeedback(const QString& text, bool error)
{
    QPalette palette = this->palette();
    const QColor color = error ? errorColor(palette) : statusColor(LicenseModel::StatusKind::Active, palette);
    palette.setColor(QPalette::WindowText, color);
    m_feedbackLabel->setPalette(palette);
    m_feedbackLabel->setText(text);
    m_feedbackLabel->show();
    m_feedbackTimer->start();
}

} // namespace lp::ui
