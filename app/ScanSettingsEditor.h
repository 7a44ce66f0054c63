#pragma once

#include "ApiError.h"
#include "SavingEstimate.h"

#include <QObject>
#include <ScanSettings.h>
#include <UsageReport.h>

namespace lp {

class ApiClient;
class ApiJob;
class Clock;

// The logic of the pre-scan settings editor: the stored settings, the per-format usage of the last 90
// days to estimate a draft's saving from, and saving. A 400 answer's per-field errors are in
// ApiError::fieldErrors, with paths such as "regions[1].right".
class ScanSettingsEditor : public QObject
{
    Q_OBJECT
public:
    static constexpr int kHistoryDays = 90;

    ScanSettingsEditor(ApiClient* api, const Clock* clock, QObject* parent = nullptr);

    // Settings and history load independently (loaded() or loadFailed(), historyLoaded() or
    // historyFailed()); a license chosen before is forgotten, with its answers.
    void load(const QString& licenseId);
    void clear();

    QString licenseId() const { return m_licenseId; }
    bool isBusy() const { return m_pending > 0; }
    proto::ScanSettings stored() const { return m_stored; }
    const proto::UsageReport& history() const { return m_history; }
    SavingEstimate estimate(const proto::ScanSettings& draft) const;
    // On success the server's answer becomes stored() and saved() is emitted, else saveFailed().
    void save(const proto::ScanSettings& draft);

signals:
    void loaded();
    void historyLoaded();
    void saved();
    // One failure signal per request, since each means something else to the user: without the stored
    // settings nothing can be edited, without the history only the estimate is missing, and a failed save
    // keeps the draft.
    void loadFailed(const lp::ApiError& error);
    void historyFailed(const lp::ApiError& error);
    void saveFailed(const lp::ApiError& error);
    void busyChanged(bool busy);

private:
    // Counts the job as pending and hands its value to onValue or its error to onError, unless another
    // license was loaded since.
    template<typename T, typename OnValue, typename OnError>
    void track(ApiJob* job, OnValue onValue, OnError onError);
    void setPending(int pending);

    ApiClient* m_api;
    const Clock* m_clock;
    QString m_licenseId;
    proto::ScanSettings m_stored = proto::ScanSettings::defaults();
    proto::UsageReport m_history;
    int m_pending = 0;
    int m_generation = 0;
};

} // namespace lp
