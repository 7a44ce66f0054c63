#include "LicenseService.h"

#include "ApiClient.h"
#include "Clock.h"
#include "LicenseList.h"
#include "LicenseModel.h"

#include <QPointer>

namespace lp {

LicenseService::LicenseService(ApiClient* api, LicenseModel* model, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_model(model)
    , m_clock(clock)
{ }

void LicenseService::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        emit busyChanged(busy);
    }
}

void LicenseService::refresh()
{
    if (m_busy) {
        return; // folded into the load under way
    }
    setBusy(true);
    const int generation = m_generation;
    connect(m_api->fetchLicenses(), &ApiJob::finished, this, [this, generation](ApiJob* job) {
        if (generation != m_generation) {
            return;
        }
        setBusy(false);
        if (!job->succeeded()) {
            emit refreshFailed(job->error());
            return;
        }
        m_model->setLicenses(job->value<proto::LicenseList>()->items);
        m_lastRefreshed = m_clock->now();
        emit refreshed(m_lastRefreshed);
    });
}

void LicenseService::revealKey(const QString& licenseId, QObject* context,
                               std::function<void(const QString& key, const lp::ApiError& error)> done)
{
    const int generation = m_generation;
    connect(m_api->fetchLicense(licenseId, true), &ApiJob::finished, context ? context : this,
            [this, generation, done = std::move(done)](ApiJob* job) {
                // Signed out (or into another account) meanwhile: the key must not reach the clipboard.
                if (generation != m_generation) {
                    ApiError cancelled;
                    cancelled.kind = ApiError::Kind::Cancelled;
                    done(QString(), cancelled);
                    return;
                }
                const proto::License* license = job->value<proto::License>();
                done(job->succeeded() && license ? license->licenseKey : QString(), job->error());
            });
}

void LicenseService::clear()
{
    ++m_generation;
    setBusy(false);
    m_lastRefreshed = {};
    m_model->setLicenses({});
}

} // namespace lp
