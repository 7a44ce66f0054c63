#include "ScanSettingsEditor.h"

#include "ApiClient.h"
#include "ApiJob.h"
#include "Clock.h"

namespace lp {

ScanSettingsEditor::ScanSettingsEditor(ApiClient* api, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_clock(clock)
{ }

template<typename T, typename OnValue, typename OnError>
void ScanSettingsEditor::track(ApiJob* job, OnValue onValue, OnError onError)
{
    const int generation = m_generation;
    setPending(m_pending + 1);
    connect(job, &ApiJob::finished, this, [this, generation, onValue, onError](ApiJob* done) {
        if (generation != m_generation) {
            return;
        }
        setPending(m_pending - 1);
        if (done->succeeded()) {
            onValue(*done->value<T>());
        } else {
            onError(done->error());
        }
    });
}

void ScanSettingsEditor::clear()
{
    ++m_generation;
    m_licenseId.clear();
    m_stored = proto::ScanSettings::defaults();
    m_history = {};
    setPending(0);
}

void ScanSettingsEditor::load(const QString& licenseId)
{
    clear();
    m_licenseId = licenseId;
    track<proto::ScanSettings>(
        m_api->fetchScanSettings(licenseId),
        [this](const proto::ScanSettings& settings) {
            m_stored = settings;
            emit loaded();
        },
        [this](const ApiError& error) { emit loadFailed(error); });
    // Months are enough: the estimate needs totals per format, and three buckets are a small answer.
    proto::UsageQuery query;
    query.to = m_clock->now().toUTC().date();
    query.from = query.to.addDays(1 - kHistoryDays);
    query.granularity = proto::UsageGranularity::Month;
    track<proto::UsageReport>(
        m_api->fetchUsage(licenseId, query),
        [this](const proto::UsageReport& history) {
            m_history = history;
            emit historyLoaded();
        },
        [this](const ApiError& error) { emit historyFailed(error); });
}

SavingEstimate ScanSettingsEditor::estimate(const proto::ScanSettings& draft) const
{
    return SavingEstimate::of(m_history, draft);
}

void ScanSettingsEditor::save(const proto::ScanSettings& draft)
{
    track<proto::ScanSettings>(
        m_api->saveScanSettings(m_licenseId, draft),
        [this](const proto::ScanSettings& settings) {
            m_stored = settings;
            emit saved();
        },
        [this](const ApiError& error) { emit saveFailed(error); });
}

void ScanSettingsEditor::setPending(int pending)
{
    const bool wasBusy = isBusy();
    m_pending = pending;
    if (wasBusy != isBusy()) {
        emit busyChanged(isBusy());
    }
}

} // namespace lp
