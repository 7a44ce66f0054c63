#include "DeviceRefresher.h"

#include "Clock.h"
#include "DeviceRules.h"
#include "LogCategories.h"
#include "Storage.h"
#include "Transaction.h"

namespace lp::server {

DeviceRefresher::DeviceRefresher(Storage& storage, const Clock& clock)
    : m_storage(storage)
    , m_clock(clock)
{ }

DeviceRefresher::Result DeviceRefresher::run()
{
    const QDateTime now = m_clock.now();
    Result result;
    const auto candidates = m_storage.perDeviceLicenses();
    for (const LicenseRecord& candidate : candidates) {
        if (DeviceRules::dueRefreshes(candidate, now).isEmpty()) {
            continue;
        }
        Transaction transaction(m_storage.database());
        m_storage.lockLicense(candidate.id);
        // Read again under the lock: another server process may have just run this refresh.
        const auto license = m_storage.licenseById(candidate.id);
        const auto due = license ? DeviceRules::dueRefreshes(*license, now) : QList<QDateTime>();
        if (due.isEmpty()) {
            continue;
        }
        qint64 since = DeviceRules::refreshScheduleOf(*license).lastRun.toSecsSinceEpoch();
        qint64 released = 0;
        for (const QDateTime& at : due) {
            released += m_storage.runDeviceRefresh(license->id, since, at.toSecsSinceEpoch());
            since = at.toSecsSinceEpoch();
        }
        transaction.commit();
        ++result.licensesRefreshed;
        result.devicesReleased += released;
        qCInfo(lcServer).noquote() << "device refresh of license" << license->id << "at"
                                   << due.last().toString(Qt::ISODate) << "released" << released << "devices";
    }
    return result;
}

} // namespace lp::server
