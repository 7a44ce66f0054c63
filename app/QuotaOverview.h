#pragma once

#include "ApiError.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QuotaStatus.h>
#include <UsageReport.h>
#include <optional>

namespace lp {

class ApiClient;
class Clock;

struct BurnDownPoint
{
    QDateTime at;
    double used = 0;
};

// The current quota period of a per-scan license as the burn-down chart draws it: scans used so far,
// day by day, and the forecast from now at the recent daily rate.
struct BurnDown
{
    QList<BurnDownPoint> actual; // cumulative used at the end of each day so far; the last one is (now, used)
    // From (now, used) to the period end or the exhaustion, whichever is first; empty once the period
    // has ended or the quota is used up.
    QList<BurnDownPoint> forecast;
    qint64 quota = 0;
    qint64 lapsing = 0; // credits forecast to be unused at period end, lost then
    std::optional<QDateTime> exhaustedAt; // forecast exhaustion within the period; null if not, or already
    QDateTime periodStart;
    QDateTime periodEnd;

    bool isExhausted() const { return !actual.isEmpty() && actual.last().used >= double(quota); }
};

// Loads the quota status and the period's daily usage of a per-scan license. The caller offers it only
// for per-scan licenses; should it ask for another, the server's 404 comes as notPerScan(), not failed()
// (the server says "not-found" for an unknown license too, so any 404 is taken that way).
class QuotaOverview : public QObject
{
    Q_OBJECT
public:
    QuotaOverview(ApiClient* api, const Clock* clock, QObject* parent = nullptr);

    // The quota first, then the days from the period start's date to today; answers for a license
    // chosen before are dropped.
    void load(const QString& licenseId);
    void clear();

    QString licenseId() const { return m_licenseId; }
    std::optional<proto::QuotaStatus> status() const { return m_status; }
    // Empty until loaded() (no period).
    BurnDown burnDown() const;

    // The forecast arithmetic, kept free of I/O so it can be checked by hand.
    static BurnDown burnDownOf(const proto::QuotaStatus& status, const proto::UsageReport& periodDays,
                               const QDateTime& now);

signals:
    void loaded();
    void failed(const lp::ApiError& error);
    void notPerScan();

private:
    ApiClient* m_api;
    const Clock* m_clock;
    QString m_licenseId;
    std::optional<proto::QuotaStatus> m_status;
    proto::UsageReport m_days;
    QDateTime m_loadedAt;
    int m_generation = 0;
};

} // namespace lp
