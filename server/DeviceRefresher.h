#pragma once

#include <QtGlobal>

namespace lp::server {

class Clock;
class Storage;

// The device refresh job: for every per-device license, runs the refreshes that are due (yearly, or every
// 3 or 6 months), releasing the devices not seen since the refresh before. Each license is refreshed in a
// transaction of its own under its row lock, and a refresh that ran is recorded on the license, so running
// the job again, or in two server processes at once, releases nothing more.
class DeviceRefresher
{
public:
    struct Result
    {
        int licensesRefreshed = 0;
        qint64 devicesReleased = 0;
    };

    DeviceRefresher(Storage& storage, const Clock& clock);

    Result run();

private:
    Storage& m_storage;
    const Clock& m_clock;
};

} // namespace lp::server
