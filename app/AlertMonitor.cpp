#include "AlertMonitor.h"

#include "AppSettings.h"
#include "Clock.h"
#include "DisplayDate.h"
#include "LicenseModel.h"

#include <QLocale>
#include <algorithm>
#include <array>

namespace lp {

namespace {
constexpr qint64 kDay = 24 * 3600;

QString kindKey(Alert::Kind kind)
{
    switch (kind) {
    case Alert::Kind::Quota:
        return QStringLiteral("quota");
    case Alert::Kind::Allowance:
        return QStringLiteral("allowance");
    case Alert::Kind::Expiry:
        return QStringLiteral("expiry");
    }
    return {};
}

// The look of the badge: Critical once the limit is reached or the term has ended.
Alert::Severity severityOf(Alert::Kind kind, int threshold)
{
    if (kind == Alert::Kind::Expiry) {
        return threshold == 0 ? Alert::Severity::Critical
            : threshold <= 30 ? Alert::Severity::Warning
                              : Alert::Severity::Notice;
    }
    return threshold >= 100 ? Alert::Severity::Critical
        : threshold >= 90   ? Alert::Severity::Warning
                            : Alert::Severity::Notice;
}

// What identifies one arming of a kind's thresholds: the quota period, the term (a renewal moves its
// end), or nothing for the allowance, which re-arms by falling below a threshold.
QString armingOf(Alert::Kind kind, const proto::License& license)
{
    switch (kind) {
    case Alert::Kind::Quota:
        return QString::number(license.quotaPeriodStart.value_or(QDateTime()).toSecsSinceEpoch());
    case Alert::Kind::Expiry:
        return QString::number(license.termEnd.toSecsSinceEpoch());
    case Alert::Kind::Allowance:
        break;
    }
    return {};
}

QString firedKey(Alert::Kind kind, const proto::License& license, const QString& arming, int threshold)
{
    return QStringList {kindKey(kind), license.id, arming, QString::number(threshold)}.join(QLatin1Char('/'));
}

bool isFiredKeyOf(const QString& key, const proto::License& license)
{
    return key.section(QLatin1Char('/'), 1, 1) == license.id;
}

constexpr std::array kKinds {Alert::Kind::Expiry, Alert::Kind::Quota, Alert::Kind::Allowance};
} // namespace

const QList<int>& AlertMonitor::percentThresholds()
{
    static const QList<int> thresholds {75, 90, 95, 100};
    return thresholds;
}

const QList<int>& AlertMonitor::expiryThresholds()
{
    static const QList<int> thresholds {90, 60, 30, 14, 7, 0};
    return thresholds;
}

AlertMonitor::AlertMonitor(const LicenseModel* licenses, const Clock* clock, AppSettings* settings,
                           QObject* parent)
    : QObject(parent)
    , m_licenses(licenses)
    , m_clock(clock)
    , m_settings(settings)
{
    qRegisterMetaType<Alert>("lp::Alert");
}

void AlertMonitor::setScope(const QString& serverAndAccount)
{
    m_scope = serverAndAccount;
}

QList<int> AlertMonitor::crossedThresholds(Alert::Kind kind, const proto::License& license) const
{
    const QDateTime now = m_clock->now();
    const bool ended = license.status != proto::LicenseStatus::Active || now >= license.termEnd;
    QList<int> crossed;
    switch (kind) {
    case Alert::Kind::Expiry: {
        if (license.status == proto::LicenseStatus::Suspended) {
            break; // what needs attention is the suspension, which the keys pane shows
        }
        const qint64 left = now.secsTo(license.termEnd);
        for (int days : expiryThresholds()) {
            if (left <= days * kDay) {
                crossed.append(days);
            }
        }
        break;
    }
    case Alert::Kind::Quota:
    case Alert::Kind::Allowance: {
        // A license that ended or is suspended uses nothing more: its last period or fleet is no news.
        const auto limit = kind == Alert::Kind::Quota ? license.scanQuota : license.deviceAllowance;
        const auto used = kind == Alert::Kind::Quota ? license.scansUsed : license.devicesInUse;
        if (ended || !limit || !used || *limit <= 0) {
            break;
        }
        for (int percent : percentThresholds()) {
            if (*used * 100 >= *limit * percent) {
                crossed.append(percent);
            }
        }
        break;
    }
    }
    return crossed;
}

Alert AlertMonitor::alertOf(Alert::Kind kind, const proto::License& license, int threshold) const
{
    const QLocale locale;
    const QString key = tr("%1 (%2)").arg(license.product, license.handshakeCode);
    Alert alert;
    alert.licenseId = license.id;
    alert.product = license.product;
    alert.handshakeCode = license.handshakeCode;
    alert.kind = kind;
    alert.threshold = threshold;
    alert.severity = severityOf(kind, threshold);
    switch (kind) {
    case Alert::Kind::Quota:
        alert.title
            = threshold >= 100 ? tr("Scan quota used up") : tr("%1% of the scan quota used").arg(threshold);
        alert.message = tr("%1 has used %2 of its %3 scans this period.")
                            .arg(key, locale.toString(license.scansUsed.value_or(0)),
                                 locale.toString(license.scanQuota.value_or(0)));
        break;
    case Alert::Kind::Allowance:
        alert.title = threshold >= 100 ? tr("Device allowance full")
                                       : tr("%1% of the device allowance in use").arg(threshold);
        alert.message = tr("%1 has %2 of its %3 devices in use.")
                            .arg(key, locale.toString(license.devicesInUse.value_or(0)),
                                 locale.toString(license.deviceAllowance.value_or(0)));
        if (threshold >= 100) {
            alert.message += QLatin1Char(' ')
                + tr("New devices are refused until more are bought or the next device refresh releases "
                     "some.");
        }
        break;
    case Alert::Kind::Expiry:
        if (threshold == 0) {
            alert.title = tr("License expired");
            alert.message = tr("%1 expired on %2.").arg(key, displayDate(license.termEnd));
        } else {
            alert.title = tr("License expires in %n day(s)", nullptr, m_licenses->daysLeft(license));
            alert.message = tr("%1 expires on %2. A renewal keeps its handshake code.")
                                .arg(key, displayDate(license.termEnd));
        }
        break;
    }
    return alert;
}

QList<Alert> AlertMonitor::crossedNow(const proto::License& license) const
{
    QList<Alert> alerts;
    for (Alert::Kind kind : kKinds) {
        const QList<int> crossed = crossedThresholds(kind, license);
        if (!crossed.isEmpty()) {
            alerts.append(alertOf(kind, license, crossed.last()));
        }
    }
    std::stable_sort(alerts.begin(), alerts.end(),
                     [](const Alert& a, const Alert& b) { return a.severity > b.severity; });
    return alerts;
}

std::optional<Alert> AlertMonitor::badgeFor(const QString& licenseId) const
{
    const int row = m_licenses->rowOf(licenseId);
    if (row < 0) {
        return std::nullopt;
    }
    const QList<Alert> alerts = crossedNow(m_licenses->licenses().at(row));
    return alerts.isEmpty() ? std::nullopt : std::optional<Alert>(alerts.first());
}

void AlertMonitor::check()
{
    if (m_scope.isEmpty()) {
        emit badgesChanged();
        return;
    }
    const QDateTime now = m_clock->now();
    const QStringList before = m_settings->firedAlerts(m_scope);
    // Licenses not in the model now (a list still loading) keep what they fired.
    QStringList after = before;
    QList<Alert> raised;
    for (const proto::License& license : m_licenses->licenses()) {
        after.removeIf([&license](const QString& key) { return isFiredKeyOf(key, license); });
        for (Alert::Kind kind : kKinds) {
            const QString arming = armingOf(kind, license);
            const QList<int> crossed = crossedThresholds(kind, license);
            // Only the thresholds crossed now stay fired: one fallen below is armed again.
            std::optional<int> highestNew;
            for (int threshold : crossed) {
                const QString key = firedKey(kind, license, arming, threshold);
                if (!before.contains(key)) {
                    highestNew = threshold;
                }
                after.append(key);
            }
            // Thresholds crossed while notifications were off count as fired: turning them on later does
            // not bring old news.
            if (highestNew && m_settings->alertsEnabled(kind)) {
                raised.append(alertOf(kind, license, *highestNew));
            }
        }
    }
    if (after != before) {
        m_settings->setFiredAlerts(m_scope, after);
    }
    for (const Alert& alert : std::as_const(raised)) {
        emit alertRaised(alert);
    }
    emit badgesChanged();
}

} // namespace lp
