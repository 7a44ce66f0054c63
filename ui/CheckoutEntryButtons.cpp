#include "CheckoutEntryButtons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace lp::ui {

CheckoutEntryButtons::CheckoutEntryButtons(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("checkoutEntryButtons"));
    m_note = new QLabel(tr("Suspended keys cannot be renewed online. Please contact support."), this);
    m_note->setObjectName(QStringLiteral("checkoutUnavailableLabel"));
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_renewButton = new QPushButton(tr("&Renew…"), this);
    m_renewButton->setObjectName(QStringLiteral("renewButton"));
    m_addDevicesButton = new QPushButton(tr("Add &devices…"), this);
    m_addDevicesButton->setObjectName(QStringLiteral("addDevicesButton"));
    m_addQuotaButton = new QPushButton(tr("Add &quota…"), this);
    m_addQuotaButton->setObjectName(QStringLiteral("addQuotaButton"));
    m_cadenceButton = new QPushButton(tr("Change refresh &cadence…"), this);
    m_cadenceButton->setObjectName(QStringLiteral("changeCadenceButton"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_note);
    layout->addWidget(m_renewButton);
    layout->addWidget(m_addDevicesButton);
    layout->addWidget(m_addQuotaButton);
    layout->addWidget(m_cadenceButton);

    const auto request = [this](CheckoutPreset preset) {
        return [this, preset] {
            if (!m_licenseId.isEmpty()) {
                emit checkoutRequested(m_licenseId, preset);
            }
        };
    };
    connect(m_renewButton, &QPushButton::clicked, this, request(CheckoutPreset::Renewal));
    connect(m_addDevicesButton, &QPushButton::clicked, this, request(CheckoutPreset::AddDevices));
    connect(m_addQuotaButton, &QPushButton::clicked, this, request(CheckoutPreset::AddQuota));
    connect(m_cadenceButton, &QPushButton::clicked, this, request(CheckoutPreset::RefreshCadence));
    clear();
}

void CheckoutEntryButtons::clear()
{
    m_licenseId.clear();
    m_note->hide();
    for (QPushButton* button : {m_renewButton, m_addDevicesButton, m_addQuotaButton, m_cadenceButton}) {
        button->setEnabled(false);
        button->hide();
    }
}

void CheckoutEntryButtons::setLicense(const proto::License& license)
{
    m_license = license;
    update();
}

void CheckoutEntryButtons::setOffline(bool offline)
{
    m_offline = offline;
    if (!m_licenseId.isEmpty()) {
        update();
    }
}

void CheckoutEntryButtons::update()
{
    const proto::License& license = m_license;
    m_licenseId = license.id;
    const bool perDevice = license.type == proto::LicenseType::PerDevice;
    const bool suspended = license.status == proto::LicenseStatus::Suspended;
    const int months = license.deviceRefreshMonths.value_or(12);
    const bool shortestCadence = months <= 3;

    // A suspended key says so instead of offering what it cannot take.
    m_note->setVisible(suspended);
    m_renewButton->setVisible(!suspended);
    m_addDevicesButton->setVisible(perDevice && !suspended);
    m_cadenceButton->setVisible(perDevice && !suspended);
    m_addQuotaButton->setVisible(!perDevice && !suspended);

    m_renewButton->setEnabled(!suspended);
    m_addDevicesButton->setEnabled(perDevice && !suspended);
    m_addQuotaButton->setEnabled(!perDevice && !suspended);
    m_cadenceButton->setEnabled(perDevice && !suspended && !shortestCadence);

    const QString suspendedWhy = tr("This key is suspended and cannot be renewed or changed online.");
    m_renewButton->setToolTip(suspended ? suspendedWhy : tr("Extend the term by 1 to 3 years"));
    m_addDevicesButton->setToolTip(suspended ? suspendedWhy : tr("Raise the device allowance"));
    m_addQuotaButton->setToolTip(suspended ? suspendedWhy : tr("Raise the scan quota per period"));
    m_cadenceButton->setToolTip(
        suspended ? suspendedWhy
            : shortestCadence
            ? tr("Devices are already refreshed every 3 months, the shortest cadence.")
            : tr("Refresh the registered devices more often, so that inactive ones free their seats sooner"));
    if (m_offline) {
        const QString offlineWhy = tr("The server cannot be reached: orders are possible again once it is.");
        for (QPushButton* button : {m_renewButton, m_addDevicesButton, m_addQuotaButton, m_cadenceButton}) {
            button->setEnabled(false);
            button->setToolTip(offlineWhy);
        }
    }
}

} // namespace lp::ui
