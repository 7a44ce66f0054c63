#pragma once

#include "ApiError.h"

#include <Device.h>
#include <DeviceRefreshPreview.h>
#include <QObject>

namespace lp {

class ApiClient;
class ApiJob;

// What the devices pane shows beside the list for one license: the next device refresh and what it will
// release, and whether this computer is registered. This machine's device hash is computed here, the same
// way devices compute theirs (DeviceFingerprint); only the hash is sent, as a search.
class DeviceOverview : public QObject
{
    Q_OBJECT
public:
    // `thisDeviceHash` defaults to this machine's; empty when the platform has no stable machine id.
    explicit DeviceOverview(ApiClient* api, QObject* parent = nullptr);
    DeviceOverview(ApiClient* api, QString thisDeviceHash, QObject* parent = nullptr);

    QString thisDeviceHash() const { return m_thisDeviceHash; }
    // Loads both for the license; answers for a license chosen before are dropped.
    void load(const QString& licenseId);
    void clear();

signals:
    void previewLoaded(const lp::proto::DeviceRefreshPreview& preview);
    void previewFailed(const lp::ApiError& error);
    // `device` is null when this computer is not registered under the license.
    void thisComputerChecked(const lp::proto::Device* device);
    void thisComputerFailed(const lp::ApiError& error);

private:
    ApiClient* m_api;
    QString m_thisDeviceHash;
    int m_generation = 0;
};

} // namespace lp
