#include "CheckoutChoosePage.h"

#include "CheckoutSession.h"
#include "CheckoutText.h"
#include "CheckoutWizard.h"
#include "Clock.h"
#include "DisplayDate.h"
#include "PortalPalette.h"
#include "TermsView.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lp::ui {

namespace {
QLabel* reasonLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->hide();
    return label;
}

// About a tenth more, rounded to a step and at least one step: a starting point the user then adjusts.
qint64 aTenthMore(qint64 current, qint64 step)
{
    const qint64 tenth = (current / 10 + step / 2) / step * step;
    return qMax(step, tenth);
}
} // namespace

CheckoutChoosePage::CheckoutChoosePage(CheckoutWizard* wizard, CheckoutPreset preset)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("checkoutChoosePage"));
    const proto::License& license = wizard->license();
    const bool perDevice = license.type == proto::LicenseType::PerDevice;
    m_suspended = license.status == proto::LicenseStatus::Suspended;
    setTitle(tr("Renew or Upgrade"));
    setSubTitle(tr("Choose what to buy for this license key. You can combine several changes in one order."));

    auto* keyLabel = new QLabel(this);
    keyLabel->setObjectName(QStringLiteral("checkoutKeyLabel"));
    keyLabel->setTextFormat(Qt::RichText);
    keyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    //: %1 product, %2 handshake code, %3 license type, %4 term end date
    keyLabel->setText(tr("<b>%1</b><br>Handshake code <tt>%2</tt> · %3 · term ends %4")
                          .arg(license.product.toHtmlEscaped(), license.handshakeCode.toHtmlEscaped(),
                               perDevice ? tr("per-device license") : tr("per-scan license"),
                               displayDate(license.termEnd)));

    m_suspendedLabel = new QLabel(
        tr("This key is suspended and cannot be renewed or changed online. Please contact support."), this);
    m_suspendedLabel->setObjectName(QStringLiteral("suspendedLabel"));
    m_suspendedLabel->setWordWrap(true);
    {
        QPalette palette = m_suspendedLabel->palette();
        palette.setColor(QPalette::WindowText, errorColor(palette));
        m_suspendedLabel->setPalette(palette);
    }
    m_suspendedLabel->setVisible(m_suspended);
    m_awaitingLabel = new QLabel(this);
    m_awaitingLabel->setObjectName(QStringLiteral("awaitingOrderLabel"));
    m_awaitingLabel->setWordWrap(true);
    m_awaitingLabel->setPalette(m_suspendedLabel->palette());
    m_awaitingLabel->hide();

    auto* renewBox = new QGroupBox(tr("Renewal"), this);
    m_renewGroup = new QButtonGroup(this);
    auto* renewRow = new QHBoxLayout;
    const QStringList renewTexts {tr("N&o renewal"), tr("&1 year"), tr("&2 years"), tr("&3 years")};
    for (int years = 0; years <= proto::QuoteItem::kMaxYears; ++years) {
        auto* radio = new QRadioButton(renewTexts.at(years), renewBox);
        radio->setObjectName(years == 0 ? QStringLiteral("renewNoneRadio")
                                        : QStringLiteral("renew%1Radio").arg(years));
        m_renewGroup->addButton(radio, years);
        m_renewRadios << radio;
        renewRow->addWidget(radio);
    }
    renewRow->addStretch(1);
    m_renewRadios.first()->setChecked(true);
    m_renewNote = new QLabel(renewBox);
    m_renewNote->setObjectName(QStringLiteral("renewNoteLabel"));
    m_renewNote->setWordWrap(true);
    m_renewNote->setForegroundRole(QPalette::PlaceholderText);
    auto* renewLayout = new QVBoxLayout(renewBox);
    renewLayout->addLayout(renewRow);
    renewLayout->addWidget(m_renewNote);

    auto* upgradeBox = new QGroupBox(tr("Upgrades"), this);
    const QLocale locale;
    m_devicesSpin = new QSpinBox(upgradeBox);
    m_devicesSpin->setObjectName(QStringLiteral("addDevicesSpin"));
    m_devicesSpin->setRange(0, int(proto::QuoteItem::kMaxDevices));
    m_devicesSpin->setSpecialValueText(tr("None"));
    m_devicesSpin->setGroupSeparatorShown(true);
    //: Suffix of the number of devices to add
    m_devicesSpin->setSuffix(tr(" devices"));
    m_devicesSpin->setAccessibleName(tr("Devices to add"));
    m_devicesReason = reasonLabel(upgradeBox, QStringLiteral("addDevicesReason"));

    m_quotaSpin = new QSpinBox(upgradeBox);
    m_quotaSpin->setObjectName(QStringLiteral("addQuotaSpin"));
    m_quotaSpin->setRange(0, int(proto::QuoteItem::kMaxQuota));
    m_quotaSpin->setSingleStep(int(proto::QuoteItem::kQuotaStep));
    m_quotaSpin->setSpecialValueText(tr("None"));
    m_quotaSpin->setGroupSeparatorShown(true);
    const bool monthly
        = license.quotaPeriod.value_or(proto::QuotaPeriod::Monthly) == proto::QuotaPeriod::Monthly;
    m_quotaSpin->setSuffix(monthly ? tr(" scans per month") : tr(" scans per year"));
    m_quotaSpin->setAccessibleName(tr("Scans to add per quota period"));
    m_quotaSpin->setToolTip(tr("In steps of %1 scans").arg(locale.toString(proto::QuoteItem::kQuotaStep)));
    m_quotaReason = reasonLabel(upgradeBox, QStringLiteral("addQuotaReason"));

    m_cadenceCombo = new QComboBox(upgradeBox);
    m_cadenceCombo->setObjectName(QStringLiteral("cadenceCombo"));
    m_cadenceCombo->setAccessibleName(tr("Device refresh"));
    const int currentMonths = license.deviceRefreshMonths.value_or(12);
    //: The first choice of the device-refresh combo: the license's cadence as it is
    m_cadenceCombo->addItem(tr("Keep: %1").arg(TermsView::cadenceText(currentMonths)), 0);
    if (perDevice) {
        for (int months : {6, 3}) {
            if (months < currentMonths) {
                m_cadenceCombo->addItem(TermsView::cadenceText(months), months);
            }
        }
    }
    m_cadenceReason = reasonLabel(upgradeBox, QStringLiteral("cadenceReason"));

    // The field, what the key has now, and (when the field is disabled) why, on one line.
    // One width for the three fields, so that they line up.
    const int fieldWidth = qMax(qMax(m_devicesSpin->sizeHint().width(), m_quotaSpin->sizeHint().width()),
                                m_cadenceCombo->sizeHint().width());
    for (QWidget* field : std::initializer_list<QWidget*> {m_devicesSpin, m_quotaSpin, m_cadenceCombo}) {
        field->setFixedWidth(fieldWidth);
    }
    const auto withNow = [upgradeBox](QWidget* field, const QString& now, QLabel* reason) {
        auto* row = new QHBoxLayout;
        row->setSpacing(10);
        field->setSizePolicy(QSizePolicy::Fixed, field->sizePolicy().verticalPolicy());
        row->addWidget(field);
        if (!now.isEmpty()) {
            auto* label = new QLabel(now, upgradeBox);
            label->setForegroundRole(QPalette::PlaceholderText);
            row->addWidget(label);
        }
        row->addWidget(reason, 1);
        return row;
    };
    auto* upgrades = new QFormLayout(upgradeBox);
    upgrades->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    upgrades->setVerticalSpacing(4);
    auto* devicesLabel = new QLabel(tr("More &devices:"), upgradeBox);
    devicesLabel->setBuddy(m_devicesSpin);
    upgrades->addRow(devicesLabel,
                     withNow(m_devicesSpin,
                             license.deviceAllowance
                                 ? tr("%1 now").arg(locale.toString(*license.deviceAllowance))
                                 : QString(),
                             m_devicesReason));
    auto* quotaLabel = new QLabel(tr("More &scans:"), upgradeBox);
    quotaLabel->setBuddy(m_quotaSpin);
    upgrades->addRow(
        quotaLabel,
        withNow(m_quotaSpin,
                license.scanQuota ? tr("%1 now").arg(locale.toString(*license.scanQuota)) : QString(),
                m_quotaReason));
    auto* cadenceLabel = new QLabel(tr("Device &refresh:"), upgradeBox);
    cadenceLabel->setBuddy(m_cadenceCombo);
    upgrades->addRow(cadenceLabel, withNow(m_cadenceCombo, QString(), m_cadenceReason));

    m_totalLabel = new QLabel(this);
    m_totalLabel->setObjectName(QStringLiteral("chooseTotalLabel"));
    m_totalLabel->setWordWrap(true);
    m_totalLabel->setTextFormat(Qt::RichText);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(keyLabel);
    layout->addWidget(m_suspendedLabel);
    layout->addWidget(m_awaitingLabel);
    layout->addWidget(renewBox);
    layout->addWidget(upgradeBox);
    layout->addStretch(1);
    layout->addWidget(m_totalLabel);

    connect(m_renewGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked) {
            updateAvailability();
            onItemsChanged();
        }
    });
    connect(m_devicesSpin, &QSpinBox::valueChanged, this, &CheckoutChoosePage::onItemsChanged);
    connect(m_quotaSpin, &QSpinBox::valueChanged, this, &CheckoutChoosePage::onItemsChanged);
    // Typed quotas snap to the step once the user leaves the field, so that the quote asks for what is shown.
    connect(m_quotaSpin, &QSpinBox::editingFinished, this, [this] {
        const int step = int(proto::QuoteItem::kQuotaStep);
        const int rounded = (m_quotaSpin->value() + step / 2) / step * step;
        if (rounded != m_quotaSpin->value()) {
            m_quotaSpin->setValue(rounded);
        }
    });
    connect(m_cadenceCombo, &QComboBox::currentIndexChanged, this, &CheckoutChoosePage::onItemsChanged);
    CheckoutSession* session = wizard->session();
    connect(session, &CheckoutSession::stateChanged, this, &CheckoutChoosePage::updateTotal);
    connect(session, &CheckoutSession::quoteChanged, this, &CheckoutChoosePage::updateTotal);
    connect(session, &CheckoutSession::problemChanged, this, &CheckoutChoosePage::updateTotal);
    connect(session, &CheckoutSession::awaitingOrderChanged, this, &CheckoutChoosePage::showAwaitingOrder);
    if (!m_suspended) {
        session->checkAwaitingOrder();
    }

    applyPreset(preset);
    updateAvailability();
    onItemsChanged();
}

bool CheckoutChoosePage::isExpired() const
{
    const proto::License& license = m_wizard->license();
    return license.status == proto::LicenseStatus::Expired || license.termEnd <= m_wizard->clock()->now();
}

void CheckoutChoosePage::applyPreset(CheckoutPreset preset)
{
    const proto::License& license = m_wizard->license();
    switch (preset) {
    case CheckoutPreset::None:
        break;
    case CheckoutPreset::Renewal:
        m_renewRadios.at(1)->setChecked(true);
        break;
    case CheckoutPreset::AddDevices:
        if (license.type == proto::LicenseType::PerDevice) {
            m_devicesSpin->setValue(int(aTenthMore(license.deviceAllowance.value_or(0), 1)));
        }
        break;
    case CheckoutPreset::AddQuota:
        if (license.type == proto::LicenseType::PerScan) {
            m_quotaSpin->setValue(
                int(aTenthMore(license.scanQuota.value_or(0), proto::QuoteItem::kQuotaStep)));
        }
        break;
    case CheckoutPreset::RefreshCadence:
        if (m_cadenceCombo->count() > 1) {
            m_cadenceCombo->setCurrentIndex(1);
        }
        break;
    }
    // An expired key takes a change only together with a renewal.
    if (preset != CheckoutPreset::None && isExpired() && m_renewGroup->checkedId() == 0) {
        m_renewRadios.at(1)->setChecked(true);
    }
}

void CheckoutChoosePage::updateAvailability()
{
    const proto::License& license = m_wizard->license();
    const bool perDevice = license.type == proto::LicenseType::PerDevice;
    const bool expired = isExpired();
    const bool renewing = m_renewGroup->checkedId() > 0;
    const bool additionsBlocked = expired && !renewing;
    const QString expiredReason = tr("This key has expired: choose a renewal to change it as well.");

    for (QRadioButton* radio : std::as_const(m_renewRadios)) {
        radio->setEnabled(!m_suspended);
    }
    if (expired) {
        m_renewNote->setText(tr("The key expired on %1. A renewal starts on the day of payment.")
                                 .arg(displayDate(license.termEnd)));
    } else {
        m_renewNote->setText(
            tr("A renewal starts when the current term ends, on %1.").arg(displayDate(license.termEnd)));
    }

    const auto setAvailable = [this](QWidget* field, QLabel* reason, const QString& why) {
        field->setEnabled(why.isEmpty() && !m_suspended);
        reason->setText(why);
        reason->setVisible(!why.isEmpty() && !m_suspended);
        field->setToolTip(why);
    };
    setAvailable(m_devicesSpin, m_devicesReason,
                 !perDevice             ? tr("Only per-device keys have a device allowance.")
                     : additionsBlocked ? expiredReason
                                        : QString());
    setAvailable(m_quotaSpin, m_quotaReason,
                 perDevice              ? tr("Only per-scan keys have a scan quota.")
                     : additionsBlocked ? expiredReason
                                        : QString());
    QString cadenceWhy;
    if (!perDevice) {
        cadenceWhy = tr("Only per-device keys have a device refresh.");
    } else if (m_cadenceCombo->count() <= 1) {
        cadenceWhy = tr("Devices are refreshed every %n month(s) already, the shortest cadence.", nullptr,
                        license.deviceRefreshMonths.value_or(3));
    } else if (additionsBlocked) {
        cadenceWhy = expiredReason;
    }
    setAvailable(m_cadenceCombo, m_cadenceReason, cadenceWhy);
}

QList<proto::QuoteItem> CheckoutChoosePage::items() const
{
    QList<proto::QuoteItem> items;
    if (m_suspended) {
        return items;
    }
    if (const int years = m_renewGroup->checkedId(); years > 0) {
        items << proto::QuoteItem::renewal(years);
    }
    if (m_devicesSpin->isEnabled() && m_devicesSpin->value() > 0) {
        items << proto::QuoteItem::addDevices(m_devicesSpin->value());
    }
    if (m_quotaSpin->isEnabled() && m_quotaSpin->value() > 0) {
        const qint64 step = proto::QuoteItem::kQuotaStep;
        items << proto::QuoteItem::addQuota(qMax(step, (m_quotaSpin->value() + step / 2) / step * step));
    }
    if (m_cadenceCombo->isEnabled() && m_cadenceCombo->currentData().toInt() > 0) {
        items << proto::QuoteItem::refreshCadence(m_cadenceCombo->currentData().toInt());
    }
    return items;
}

bool CheckoutChoosePage::isComplete() const
{
    return !items().isEmpty() && !m_wizard->session()->awaitingOrder();
}

void CheckoutChoosePage::showAwaitingOrder()
{
    const auto& order = m_wizard->session()->awaitingOrder();
    m_awaitingLabel->setVisible(order.has_value());
    if (order) {
        //: %1 payment method, %2 amount, %3 date
        m_awaitingLabel->setText(tr("This key has an order awaiting payment (%1, %2, placed on %3). Pay or "
                                    "cancel it under Orders before ordering anything else for this key.")
                                     .arg(CheckoutText::method(order->paymentMethod),
                                          CheckoutText::money(order->total, order->currency),
                                          displayDate(order->createdAt)));
    }
    emit completeChanged();
}

void CheckoutChoosePage::onItemsChanged()
{
    m_wizard->session()->setItems(items());
    updateTotal();
    emit completeChanged();
}

void CheckoutChoosePage::updateTotal()
{
    const CheckoutSession* session = m_wizard->session();
    QPalette palette = m_totalLabel->palette();
    palette.setColor(QPalette::WindowText, this->palette().color(QPalette::WindowText));
    QString text;
    switch (session->state()) {
    case CheckoutSession::State::Idle:
        text = m_suspended ? QString() : tr("Choose at least one change.");
        break;
    case CheckoutSession::State::Quoting:
        text = tr("Getting the price…");
        break;
    case CheckoutSession::State::Failed:
        text = session->problem().message.toHtmlEscaped();
        palette.setColor(QPalette::WindowText, errorColor(palette));
        break;
    default:
        if (const auto& quote = session->quote()) {
            text = tr("Total: <b>%1</b>. The details follow on the next page.")
                       .arg(CheckoutText::money(quote->total, quote->currency).toHtmlEscaped());
        }
        break;
    }
    m_totalLabel->setPalette(palette);
    m_totalLabel->setText(text);
}

} // namespace lp::ui
