#include "DeviceOverview.h"

#include "ApiClient.h"
#include "ApiJob.h"
#include "DeviceFingerprint.h"

#include <DevicePage.h>

namespace lp {

DeviceOverview::DeviceOverview(ApiClient* api, QObject* parent)
    : DeviceOverview(api, DeviceFingerprint::thisMachine(), parent)
{ }

DeviceOverview::DeviceOverview(ApiClient* api, QString thisDeviceHash, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_thisDeviceHash(std::move(thisDeviceHash))
{ }

void DeviceOverview::clear()
{
    ++m_generation;
}

void DeviceOverview::load(const QString& licenseId)
{
    const int generation = ++m_generation;
    ApiJob* preview = m_api->fetchRefreshPreview(licenseId);
    connect(preview, &ApiJob::finished, this, [this, generation](ApiJob* job) {
        if (generation != m_generation) {
            return;
        }
        if (job->succeeded()) {
            emit previewLoaded(*job->value<proto::DeviceRefreshPreview>());
        } else {
            emit previewFailed(job->error());
        }
    });
    if (m_thisDeviceHash.isEmpty()) {
        return;
    }
    proto::DeviceListQuery query;
    query.search = m_thisDeviceHash; // a full hash matches at most this one device
    query.limit = 1;
    ApiJob* lookup = m_api->fetchDevices(licenseId, query);
    connect(lookup, &ApiJob::finished, this, [this, generation](ApiJob* job) {
        if (generation != m_generation) {
            return;
        }
        if (!job->succeeded()) {
            emit thisComputerFailed(job->error());
            return;
        }
        const auto* page = job->value<proto::DevicePage>();
        const proto::Device* match = nullptr;
        for (const proto::Device& device : page->items) {
            if (device.deviceHash == m_thisDeviceHash) {
                match = &device;
            }
        }
        emit thisComputerChecked(match);
    });
}

} // namespace lp
