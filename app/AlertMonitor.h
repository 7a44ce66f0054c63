#pragma once

#include "Alert.h"

#include <License.h>
#include <QObject>
#include <QStringList>
#include <optional>

namespace lp {

class AppSettings;
class Clock;
class LicenseModel;

// Watches the account's licenses for crossed thresholds: 75, 90, 95 and 100% of the scan quota (per-scan)
// or device allowance (per-device), and 90, 60, 30, 14, 7 and 0 days before the term ends. Each threshold
// raises one alert, also across restarts: what fired is remembered in AppSettings per server and account.
// A first check raises only the highest threshold crossed (the lower ones count as fired), so starting
// the client does not show three notifications for one key. A new quota period re-arms the quota
// thresholds, a renewal (a new term end) the expiry ones, and falling back below a share (more devices
// bought, or released by a refresh) the allowance ones above it.
class AlertMonitor : public QObject
{
    Q_OBJECT
public:
    static const QList<int>& percentThresholds(); // 75, 90, 95, 100
    static const QList<int>& expiryThresholds(); // 90, 60, 30, 14, 7, 0 days

    AlertMonitor(const LicenseModel* licenses, const Clock* clock, AppSettings* settings,
                 QObject* parent = nullptr);

    // "https://licenses.example.com demo@example.com": alerts fired for one account on one server do not
    // silence another's. check() does nothing without a scope.
    void setScope(const QString& serverAndAccount);
    QString scope() const { return m_scope; }

    // Raises the newly crossed thresholds of every license (for kinds enabled in AppSettings), then
    // emits badgesChanged(). Call it after each refresh of the license model.
    void check();
    // The most urgent threshold the license has crossed now, whether or not it was notified or alerts of
    // its kind are enabled; nullopt when none.
    std::optional<Alert> badgeFor(const QString& licenseId) const;
    // Every threshold of the license crossed now, one per kind (the highest), most urgent first.
    QList<Alert> crossedNow(const proto::License& license) const;

signals:
    void alertRaised(const lp::Alert& alert);
    void badgesChanged();

private:
    // The thresholds of a kind the license has crossed now, from the least to the most urgent.
    QList<int> crossedThresholds(Alert::Kind kind, const proto::License& license) const;
    Alert alertOf(Alert::Kind kind, const proto::License& license, int threshold) const;

    const LicenseModel* m_licenses;
    const Clock* m_clock;
    AppSettings* m_settings;
    QString m_scope;
};

} // namespace lp
